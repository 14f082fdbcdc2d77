#include "AuditSeal.h"

#include "AuditLog.h"
#include "Database.h"
#include "DatabaseUrl.h"
#include "base/Logging.h"
#include "secrets/SecretAccounts.h"
#include "secrets/SecretStoreInterface.h"

#include <QCryptographicHash>
#include <QFileInfo>
#include <QMessageAuthenticationCode>
#include <QPointer>
#include <QRandomGenerator>
#include <QSqlQuery>

#include <array>
#include <cstring>
#include <memory>
#include <utility>

namespace cordon::core
{

namespace
{

constexpr qsizetype KeySize = 32;
const QByteArray kTransferHeader = QByteArrayLiteral("cordon-audit-key/v1");
const QByteArray kAnchorHeader("cordon.audit.anchor/v1");

QString hmac(const QByteArray& key, const QByteArray& message)
{
    return QString::fromLatin1(QMessageAuthenticationCode::hash(message, key, QCryptographicHash::Sha256).toHex());
}

} // namespace

AuditSeal::AuditSeal(SecretStoreInterface* secrets, Database& database, QObject* parent)
    : QObject(parent), m_secrets(secrets), m_database(database), m_logId(logIdFor(database.identity()))
{}

AuditSeal::~AuditSeal()
{
    scrubSecret(m_key);
}

QString AuditSeal::logIdFor(const QString& databaseIdentity)
{
    const QFileInfo info(databaseIdentity);
    const QString path = DatabaseUrl::isPostgresUrl(databaseIdentity) ? databaseIdentity
                         : info.exists()                              ? info.canonicalFilePath()
                                                                      : info.absoluteFilePath();
    return QString::fromLatin1(QCryptographicHash::hash(path.toUtf8(), QCryptographicHash::Sha256).toHex().left(32));
}

// The anchor's read, started beside the key's: it is taken once the key is known.
struct AuditSeal::PendingAnchor
{
    std::optional<SecretResult> result;
    std::function<void()> then;
};

void AuditSeal::load(bool create, QObject* ctx, std::function<void()> done)
{
    ++m_loading;
    auto pending = std::make_shared<PendingAnchor>();
    m_secrets->read(SecretAccounts::auditAnchor(m_logId), this, [pending](const SecretResult& result) {
        pending->result = result;
        if (pending->then) {
            std::exchange(pending->then, {})();
        }
    });
    readKey(create, create, pending,
            [guard = QPointer<QObject>(ctx), hadContext = ctx != nullptr, done = std::move(done)] {
                if (done && (!hadContext || guard)) {
                    done();
                }
            });
}

void AuditSeal::readKey(bool makeIfMissing,
                        bool anchor,
                        const std::shared_ptr<PendingAnchor>& pending,
                        std::function<void()> done)
{
    m_secrets->read(
        SecretAccounts::auditKey(m_logId), this,
        [this, makeIfMissing, anchor, pending, done = std::move(done)](const SecretResult& result) mutable {
            if (result.ok() && result.secret.size() == KeySize) {
                scrubSecret(m_key);
                m_key = QByteArray(result.secret.constData(), result.secret.size());
                m_keyState = KeyState::Ready;
                m_keyProblem.clear();
            } else if (result.ok()) {
                m_keyState = KeyState::Unavailable;
                m_keyProblem = tr("the audit key in the %1 is not one Cordon made").arg(m_secrets->backendName());
            } else if (result.status == SecretResult::Status::NotFound && makeIfMissing && !teamKeyExists()) {
                makeKey(pending, std::move(done));
                return;
            } else {
                m_keyState =
                    result.status == SecretResult::Status::NotFound ? KeyState::Missing : KeyState::Unavailable;
                m_keyProblem = result.message;
            }
            takeAnchor(anchor, pending, std::move(done));
        });
}

bool AuditSeal::teamKeyExists() const
{
    // On a shared database the first workstation makes the key and the others are given it (cordonctl audit
    // key): one made here would seal entries no other workstation could check.
    if (!m_database.isShared()) {
        return false;
    }
    QSqlQuery sealed(m_database.connection());
    return !sealed.exec(QStringLiteral("SELECT 1 FROM audit_log WHERE mac <> '' LIMIT 1")) || sealed.next();
}

void AuditSeal::makeKey(const std::shared_ptr<PendingAnchor>& pending, std::function<void()> done)
{
    std::array<quint32, KeySize / sizeof(quint32)> words{};
    QRandomGenerator::system()->fillRange(words.data(), qsizetype(words.size()));
    QByteArray key(KeySize, Qt::Uninitialized);
    std::memcpy(key.data(), words.data(), KeySize);
    words.fill(0);
    m_secrets->write(SecretAccounts::auditKey(m_logId), key, this,
                     [this, pending, done = std::move(done)](const SecretResult& written) mutable {
                         if (!written.ok()) {
                             m_keyState = KeyState::Unavailable;
                             m_keyProblem = written.message;
                             takeAnchor(false, pending, std::move(done));
                             return;
                         }
                         // Read back: a program that made a key for the same log at the same moment may have
                         // written after us, and the stored key is the one both must use.
                         readKey(false, true, pending, std::move(done));
                     });
    scrubSecret(key);
}

void AuditSeal::takeAnchor(bool anchor, const std::shared_ptr<PendingAnchor>& pending, std::function<void()> done)
{
    auto take = [this, anchor, pending, done = std::move(done)] {
        const SecretResult& result = *pending->result;
        m_anchorProblem.clear();
        m_anchor.reset();
        if (result.ok()) {
            m_anchor = parse(result.secret, &m_anchorProblem);
        } else if (result.status != SecretResult::Status::NotFound) {
            m_anchorProblem = result.message;
        }
        --m_loading;
        if (anchor && hasKey()) {
            m_anchorFresh = true;
            anchorHead();
        }
        done();
        if (isIdle()) {
            emit idle();
        }
    };
    if (pending->result) {
        take();
    } else {
        pending->then = std::move(take);
    }
}

QByteArray AuditSeal::keyTransfer() const
{
    if (!hasKey()) {
        return {};
    }
    return kTransferHeader + ' ' + m_logId.toLatin1() + ' ' + m_key.toBase64() + '\n';
}

void AuditSeal::importKey(const QByteArray& transfer, QObject* ctx, std::function<void(QString)> done)
{
    const QList<QByteArray> parts = transfer.trimmed().split(' ');
    QByteArray key;
    if (parts.size() == 3 && parts.at(0) == kTransferHeader && parts.at(1) == m_logId.toLatin1()) {
        key = QByteArray::fromBase64(parts.at(2), QByteArray::AbortOnBase64DecodingErrors);
    }
    const auto answer = [guard = QPointer<QObject>(ctx), done](const QString& problem) {
        if (guard) {
            done(problem);
        }
    };
    if (key.size() != KeySize) {
        scrubSecret(key);
        answer(parts.size() == 3 && parts.at(0) == kTransferHeader
                   ? tr("the key is for another audit log (this database's is %1)").arg(m_logId)
                   : tr("the text is not an audit key Cordon exported"));
        return;
    }
    // The key must be the one the log's sealed entries were sealed with.
    QSqlQuery sealed(m_database.connection());
    if (sealed.exec(
            QStringLiteral("SELECT id, seq, place_mac FROM audit_log WHERE place_mac <> '' ORDER BY seq LIMIT 1")) &&
        sealed.next() &&
        hmac(key, QByteArrayLiteral("cordon.audit.place/v1\n") + sealed.value(0).toString().toUtf8() + '\n' +
                      QByteArray::number(sealed.value(1).toLongLong())) != sealed.value(2).toString()) {
        scrubSecret(key);
        answer(tr("the key does not match the log's sealed entries"));
        return;
    }
    if (hasKey()) {
        const bool same = key == m_key;
        scrubSecret(key);
        answer(same ? QString() : tr("the %1 holds another key for this log already").arg(m_secrets->backendName()));
        return;
    }
    m_secrets->write(SecretAccounts::auditKey(m_logId), key, this, [this, answer](const SecretResult& written) {
        if (!written.ok()) {
            answer(written.message);
            return;
        }
        load(false, this, [this, answer] { answer(hasKey() ? QString() : m_keyProblem); });
    });
    scrubSecret(key);
}

QString AuditSeal::entryMac(const QByteArray& canonicalForm) const
{
    return hmac(m_key, QByteArrayLiteral("cordon.audit.seal/v1\n") + canonicalForm);
}

QString AuditSeal::placeMac(const QString& id, qint64 seq) const
{
    return hmac(m_key, QByteArrayLiteral("cordon.audit.place/v1\n") + id.toUtf8() + '\n' + QByteArray::number(seq));
}

QString AuditSeal::anchorMac(const AuditAnchor& anchor) const
{
    return hmac(m_key, kAnchorHeader + '\n' + m_logId.toLatin1() + '\n' + QByteArray::number(anchor.seq) + '\n' +
                           anchor.head.toLatin1() + '\n' + QByteArray::number(anchor.sealedFrom));
}

QByteArray AuditSeal::serialize(const AuditAnchor& anchor) const
{
    return kAnchorHeader + "\nseq " + QByteArray::number(anchor.seq) + "\nhead " + anchor.head.toLatin1() +
           "\nsealedFrom " + QByteArray::number(anchor.sealedFrom) + "\nmac " + anchorMac(anchor).toLatin1() + '\n';
}

std::optional<AuditAnchor> AuditSeal::parse(const QByteArray& bytes, QString* problem) const
{
    const QList<QByteArray> lines = bytes.trimmed().split('\n');
    AuditAnchor anchor;
    QString mac;
    bool seqOk = false;
    bool fromOk = false;
    if (lines.size() == 5 && lines.at(0) == kAnchorHeader) {
        for (const QByteArray& line : lines.mid(1)) {
            const qsizetype space = line.indexOf(' ');
            const QByteArray name = line.left(space);
            const QByteArray value = space < 0 ? QByteArray() : line.mid(space + 1);
            if (name == "seq") {
                anchor.seq = value.toLongLong(&seqOk);
            } else if (name == "head") {
                anchor.head = QString::fromLatin1(value);
            } else if (name == "sealedFrom") {
                anchor.sealedFrom = value.toLongLong(&fromOk);
            } else if (name == "mac") {
                mac = QString::fromLatin1(value);
            }
        }
    }
    if (!seqOk || !fromOk || anchor.head.isEmpty() || mac.isEmpty()) {
        *problem = tr("the log's anchor in the %1 cannot be read").arg(m_secrets->backendName());
        return std::nullopt;
    }
    if (hasKey() && anchorMac(anchor) != mac) {
        *problem = tr("the log's anchor in the %1 was not written with the log's key").arg(m_secrets->backendName());
        return std::nullopt;
    }
    return anchor;
}

QString AuditSeal::hashAt(qint64 seq) const
{
    QSqlQuery query(m_database.connection());
    query.prepare(QStringLiteral("SELECT hash FROM audit_log WHERE seq = ?"));
    query.addBindValue(seq);
    if (!query.exec() || !query.next()) {
        return {};
    }
    return query.value(0).toString();
}

void AuditSeal::anchorHead()
{
    if (!hasKey()) {
        return;
    }
    if (m_writing) {
        m_writeAgain = true;
        return;
    }
    m_writing = true;
    if (std::exchange(m_anchorFresh, false)) {
        advanceAnchor();
        return;
    }
    // Read again first: another program on the same database may have anchored a later head meanwhile.
    m_secrets->read(SecretAccounts::auditAnchor(m_logId), this, [this](const SecretResult& stored) {
        if (stored.ok()) {
            QString problem;
            if (auto anchor = parse(stored.secret, &problem)) {
                m_anchor = anchor;
                m_anchorProblem.clear();
            } else {
                m_anchorProblem = problem;
            }
        } else if (stored.status != SecretResult::Status::NotFound) {
            qCWarning(lcStore) << "audit anchor not read:" << stored.message;
            finishWrite();
            return;
        }
        advanceAnchor();
    });
}

void AuditSeal::advanceAnchor()
{
    if (!m_anchorProblem.isEmpty()) {
        // Overwriting an anchor that cannot be trusted would destroy the evidence.
        m_frozenReason = m_anchorProblem;
        finishWrite();
        return;
    }
    QSqlQuery head(m_database.connection());
    if (!head.exec(QStringLiteral("SELECT (SELECT seq FROM audit_log ORDER BY seq DESC LIMIT 1),"
                                  " (SELECT hash FROM audit_log ORDER BY seq DESC LIMIT 1),"
                                  " (SELECT MIN(seq) FROM audit_log WHERE mac != '')")) ||
        !head.next()) {
        qCWarning(lcStore) << "audit anchor: the log's head cannot be read";
        finishWrite();
        return;
    }
    const qint64 headSeq = head.value(0).toLongLong();
    const QString headHash = headSeq > 0 ? head.value(1).toString() : AuditLog::genesisHash();
    AuditAnchor next{headSeq, headHash, 1};
    if (m_anchor) {
        // A log that lost the anchored entry was cut or rewritten: anchoring its new head would hide that.
        if (m_anchor->seq > 0 && hashAt(m_anchor->seq) != m_anchor->head) {
            m_frozenReason = tr("the log no longer holds entry %1 as it was anchored").arg(m_anchor->seq);
            qCWarning(lcStore) << "audit anchor kept at" << m_anchor->seq << "the log no longer holds that entry";
            finishWrite();
            return;
        }
        if (headSeq <= m_anchor->seq) {
            finishWrite();
            return;
        }
        next.sealedFrom = m_anchor->sealedFrom;
    } else {
        const qint64 firstKeyed = head.value(2).toLongLong();
        next.sealedFrom = firstKeyed > 0 ? firstKeyed : headSeq + 1;
    }
    writeAnchor(next);
}

void AuditSeal::writeAnchor(const AuditAnchor& next)
{
    m_secrets->write(SecretAccounts::auditAnchor(m_logId), serialize(next), this,
                     [this, next](const SecretResult& written) {
                         if (written.ok()) {
                             m_anchor = next;
                         } else {
                             qCWarning(lcStore) << "audit anchor not written:" << written.message;
                         }
                         finishWrite();
                     });
}

void AuditSeal::finishWrite()
{
    m_writing = false;
    if (std::exchange(m_writeAgain, false)) {
        anchorHead();
        return;
    }
    if (isIdle()) {
        emit idle();
    }
}

} // namespace cordon::core
