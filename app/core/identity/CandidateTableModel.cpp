#include "CandidateTableModel.h"

#include "identity/IdentitySearch.h"
#include "identity/NameFolding.h"

namespace cordon::core
{

namespace
{

QString shownTime(const QDateTime& time)
{
    return time.isValid() ? time.toUTC().toString(QStringLiteral("yyyy-MM-dd HH:mm 'UTC'")) : QString();
}

bool isDeprovisioned(const OktaUser& user)
{
    return user.status == QLatin1String("DEPROVISIONED");
}

} // namespace

CandidateTableModel::CandidateTableModel(QObject* parent) : QAbstractTableModel(parent) {}

void CandidateTableModel::setIdentity(const EndpointIdentity& identity, const MatchOptions& options)
{
    beginResetModel();
    m_identity = identity;
    m_options = options;
    m_candidates.clear();
    m_groups.clear();
    m_roles.clear();
    m_visible = DefaultVisibleCandidates;
    endResetModel();
}

void CandidateTableModel::setCandidates(const QList<Candidate>& candidates)
{
    beginResetModel();
    m_candidates = candidates;
    m_groups.clear();
    m_roles.clear();
    endResetModel();
}

void CandidateTableModel::clear()
{
    setIdentity({});
}

void CandidateTableModel::setVisibleCandidateCount(int count)
{
    const int before = visibleCandidateCount();
    const int wanted = std::max(count, 1);
    const int after = std::min<int>(wanted, static_cast<int>(m_candidates.size()));
    if (after > before) {
        beginInsertColumns({}, before + 1, after);
        m_visible = wanted;
        endInsertColumns();
    } else if (after < before) {
        beginRemoveColumns({}, after + 1, before);
        m_visible = wanted;
        endRemoveColumns();
    } else {
        m_visible = wanted;
    }
}

int CandidateTableModel::visibleCandidateCount() const
{
    return std::min<int>(m_visible, static_cast<int>(m_candidates.size()));
}

const Candidate* CandidateTableModel::candidateAt(int column) const
{
    if (column < 1 || column > visibleCandidateCount()) {
        return nullptr;
    }
    return &m_candidates.at(column - 1);
}

int CandidateTableModel::columnOf(const QString& userId) const
{
    for (int column = 1; column <= visibleCandidateCount(); ++column) {
        if (m_candidates.at(column - 1).user.id == userId) {
            return column;
        }
    }
    return -1;
}

void CandidateTableModel::setExtra(QHash<QString, Extra>& extras,
                                   const QString& userId,
                                   Extra extra,
                                   Attribute attribute)
{
    extras.insert(userId, std::move(extra));
    const int column = columnOf(userId);
    if (column > 0) {
        const QModelIndex cell = index(attribute, column);
        emit dataChanged(cell, cell);
    }
}

void CandidateTableModel::setGroups(const QString& userId, const QStringList& groups)
{
    setExtra(m_groups, userId, {true, groups, {}}, Groups);
}

void CandidateTableModel::setRoles(const QString& userId, const QStringList& roles)
{
    setExtra(m_roles, userId, {true, roles, {}}, AdminRoles);
}

void CandidateTableModel::setGroupsFailed(const QString& userId, const QString& message)
{
    setExtra(m_groups, userId, {false, {}, message}, Groups);
}

void CandidateTableModel::setRolesFailed(const QString& userId, const QString& message)
{
    setExtra(m_roles, userId, {false, {}, message}, AdminRoles);
}

bool CandidateTableModel::rolesKnown(const QString& userId) const
{
    return m_roles.value(userId).loaded;
}

QStringList CandidateTableModel::roles(const QString& userId) const
{
    return m_roles.value(userId).values;
}

QString CandidateTableModel::identityValue(Attribute attribute) const
{
    switch (attribute) {
    case DisplayName: {
        // Only a name of two words or more (AzureAD\JorenMaes) says who someone is; "joren" alone does not.
        QStringList words = IdentitySearch::nameWords(m_identity);
        for (QString& word : words) {
            word = NameFolding::capitalised(word);
        }
        return words.size() >= 2 ? words.join(QLatin1Char(' ')) : QString();
    }
    case Login:
    case Email:
        return IdentitySearch::impliedEmail(m_identity, m_options);
    case AdUsername:
        return m_identity.form == EndpointIdentity::Form::DownLevel || m_identity.form == EndpointIdentity::Form::Bare
                   ? m_identity.username
                   : QString();
    case Reasons:
        return m_identity.reason;
    default:
        return {};
    }
}

QString CandidateTableModel::folded(const QString& text)
{
    const QString decomposed = text.trimmed().normalized(QString::NormalizationForm_KD);
    QString out;
    out.reserve(decomposed.size());
    for (const QChar c : decomposed) {
        if (c.category() != QChar::Mark_NonSpacing && c.category() != QChar::Mark_SpacingCombining &&
            c.category() != QChar::Mark_Enclosing) {
            out += c;
        }
    }
    return out.toCaseFolded();
}

QString CandidateTableModel::attributeName(Attribute attribute)
{
    switch (attribute) {
    case DisplayName:
        return tr("Display name");
    case Login:
        return tr("Login");
    case Email:
        return tr("Email");
    case AdUsername:
        return tr("AD username");
    case Department:
        return tr("Department");
    case Title:
        return tr("Title");
    case Manager:
        return tr("Manager");
    case Status:
        return tr("Status");
    case LastLogin:
        return tr("Last login");
    case Created:
        return tr("Created");
    case Groups:
        return tr("Groups");
    case AdminRoles:
        return tr("Admin roles");
    case Score:
        return tr("Score");
    case Reasons:
        return tr("Reasons");
    case AttributeCount:
        break;
    }
    return {};
}

QString CandidateTableModel::candidateValue(const Candidate& candidate, Attribute attribute) const
{
    const OktaUser& user = candidate.user;
    auto extra = [](const QHash<QString, Extra>& extras, const QString& id) {
        const auto it = extras.constFind(id);
        if (it == extras.cend()) {
            return tr("loading…");
        }
        if (!it->error.isEmpty()) {
            return tr("could not be read: %1").arg(it->error);
        }
        return it->values.isEmpty() ? tr("none") : it->values.join(QStringLiteral(", "));
    };
    switch (attribute) {
    case DisplayName:
        return user.displayName.isEmpty() ? (user.firstName + QLatin1Char(' ') + user.lastName).trimmed()
                                          : user.displayName;
    case Login:
        return user.login;
    case Email:
        return user.email;
    case AdUsername:
        return user.profile.value(m_options.adUsernameAttribute).toString();
    case Department:
        return user.department;
    case Title:
        return user.title;
    case Manager:
        return user.manager;
    case Status:
        return user.status;
    case LastLogin:
        return user.lastLogin.isValid() ? shownTime(user.lastLogin) : tr("never");
    case Created:
        return shownTime(user.created);
    case Groups:
        return extra(m_groups, user.id);
    case AdminRoles:
        return extra(m_roles, user.id);
    case Score: {
        QString text = QStringLiteral("%1 %2")
                           .arg(candidate.score, 0, 'f', 2)
                           .arg(Candidate::confidenceName(candidate.confidence));
        if (candidate.remembered) {
            text += tr(", remembered");
        }
        if (candidate.rejected) {
            text += tr(", rejected before");
        }
        return text;
    }
    case Reasons:
        return candidate.reasons.join(QLatin1Char('\n'));
    case AttributeCount:
        break;
    }
    return {};
}

CandidateTableModel::Comparison CandidateTableModel::compare(const Candidate& candidate, Attribute attribute) const
{
    if (attribute == Reasons) {
        return Comparison::NotCompared;
    }
    const QString wanted = identityValue(attribute);
    if (wanted.isEmpty()) {
        return Comparison::NotCompared;
    }
    const QString value = candidateValue(candidate, attribute);
    bool equal = folded(value) == folded(wanted);
    if (!equal && attribute == DisplayName) {
        // "Mueller" is how "Müller" is typed without diacritics.
        equal = NameFolding::fold(value) == NameFolding::fold(wanted);
    }
    return equal ? Comparison::Equal : Comparison::Differs;
}

bool CandidateTableModel::isLoud(const Candidate& candidate, Attribute attribute) const
{
    if (attribute == AdminRoles) {
        return !m_roles.value(candidate.user.id).values.isEmpty();
    }
    if (attribute == Status) {
        return isDeprovisioned(candidate.user);
    }
    return false;
}

int CandidateTableModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : AttributeCount;
}

int CandidateTableModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : 1 + visibleCandidateCount();
}

QVariant CandidateTableModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid)) {
        return {};
    }
    const auto attribute = static_cast<Attribute>(index.row());
    const Candidate* candidate = candidateAt(index.column());
    switch (role) {
    case Qt::DisplayRole:
    case Qt::ToolTipRole:
        return candidate ? candidateValue(*candidate, attribute) : identityValue(attribute);
    case Qt::AccessibleTextRole: {
        const QString value = candidate ? candidateValue(*candidate, attribute) : identityValue(attribute);
        if (!candidate) {
            return value;
        }
        switch (compare(*candidate, attribute)) {
        case Comparison::Equal:
            return tr("%1, equal to the endpoint's").arg(value);
        case Comparison::Differs:
            return tr("%1, differs from the endpoint's").arg(value);
        case Comparison::NotCompared:
            break;
        }
        return value;
    }
    case ComparisonRole:
        return static_cast<int>(candidate ? compare(*candidate, attribute) : Comparison::NotCompared);
    case LoudRole:
        return candidate ? isLoud(*candidate, attribute) : false;
    case AttributeRole:
        return static_cast<int>(attribute);
    case UserIdRole:
        return candidate ? candidate->user.id : QString();
    default:
        return {};
    }
}

Qt::ItemFlags CandidateTableModel::flags(const QModelIndex& index) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid)) {
        return Qt::NoItemFlags;
    }
    return index.column() == 0 ? Qt::ItemIsEnabled : Qt::ItemIsEnabled | Qt::ItemIsSelectable;
}

QVariant CandidateTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation == Qt::Vertical) {
        if (section < 0 || section >= AttributeCount) {
            return {};
        }
        if (role == Qt::DisplayRole) {
            return attributeName(static_cast<Attribute>(section));
        }
        return {};
    }
    if (section < 0 || section >= columnCount()) {
        return {};
    }
    const Candidate* candidate = candidateAt(section);
    switch (role) {
    case Qt::DisplayRole:
        if (!candidate) {
            return tr("Endpoint user\n%1").arg(m_identity.raw);
        }
        return tr("%1. %2\n%3")
            .arg(section)
            .arg(candidateValue(*candidate, DisplayName), candidate->remembered ? tr("remembered")
                                                          : candidate->rejected
                                                              ? tr("rejected before")
                                                              : Candidate::confidenceName(candidate->confidence));
    case Qt::ToolTipRole:
        return candidate ? candidate->user.login : m_identity.raw;
    case UserIdRole:
        return candidate ? candidate->user.id : QString();
    case LoudRole:
        return candidate ? isLoud(*candidate, AdminRoles) || isLoud(*candidate, Status) : false;
    default:
        return {};
    }
}

} // namespace cordon::core
