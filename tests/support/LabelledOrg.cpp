#include "LabelledOrg.h"

#include <QCryptographicHash>
#include <QJsonArray>
#include <QRandomGenerator>
#include <QSet>

namespace cordon::test
{

namespace
{

const char* const FirstNames[] = {
    "Joren", "Jorien", "Jonas", "Jonah", "Anna",  "Anne",   "Hanna",  "Hannah", "Lukas", "Lucas", "Marie", "Maria",
    "Sofia", "Sophia", "Teo",   "Theo",  "Noor",  "Nora",   "Oskar",  "Oscar",  "Ilse",  "Elsa",  "Jörg",  "Jürgen",
    "Björn", "Ines",   "Ivan",  "Yusuf", "Aylin", "Mehmet", "Chloé",  "Zoë",    "José",  "Renée", "Wren",  "Priya",
    "Kenji", "Hana",   "Li",    "Mei",   "Omar",  "Amira",  "Pieter", "Peter",  "Sanne", "Susan", "Femke", "Fenna",
    "Arne",  "Bram",   "Cas",   "Daan",  "Emma",  "Fleur",  "Gijs",   "Hugo",   "Isa",   "Jens",  "Kiki",  "Lars",
    "Mats",  "Nina",   "Olaf",  "Pim",   "Quinn", "Rosa",   "Sem",    "Tess",   "Uma",   "Vera",  "Wout",  "Xander",
    "Yara",  "Zeno",   "Aiko",  "Ravi",  "Sven",  "Greta"};
const char* const LastNames[] = {
    "Maes",      "Maas",      "Martens",   "Mertens",   "Müller", "Mueller", "Möller",    "Moeller",     "Schröder",
    "Schroeder", "Jäger",     "Jaeger",    "Öztürk",    "Ozturk", "Peeters", "Peters",    "Janssens",    "Jansen",
    "Lindqvist", "Lindquist", "Berg",      "Bergman",   "Haddad", "Hadad",   "García",    "Garcia",      "Dubois",
    "Lefèvre",   "Lefevre",   "Kobayashi", "Nakamura",  "Raman",  "Ramen",   "Aldana",    "Castellanos", "Wouters",
    "Willems",   "Claes",     "Goossens",  "Vermeulen", "Smet",   "De Smet", "Van Damme", "Dupont",      "Dumont"};

// Okta logins are ASCII here: "Müller" becomes "mueller", "Chloé" "chloe".
QString asciiName(const QString& name)
{
    QString result;
    for (const QChar c : name.toLower()) {
        switch (c.unicode()) {
        case 0x00FC:
            result += QLatin1String("ue");
            continue;
        case 0x00F6:
            result += QLatin1String("oe");
            continue;
        case 0x00E4:
            result += QLatin1String("ae");
            continue;
        case 0x00DF:
            result += QLatin1String("ss");
            continue;
        default:
            break;
        }
        for (const QChar part : QString(c).normalized(QString::NormalizationForm_D)) {
            if (part.isLetterOrNumber() && part.unicode() < 128) {
                result += part;
            }
        }
    }
    return result;
}

QString oktaId(const char* prefix, const QString& key)
{
    static const char alphabet[] = "0123456789abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ";
    const QByteArray digest = QCryptographicHash::hash(key.toUtf8(), QCryptographicHash::Sha256);
    QString id = QLatin1String(prefix);
    for (int i = 0; i < 17; ++i) {
        id += QLatin1Char(alphabet[quint8(digest.at(i)) % 62]);
    }
    return id;
}

struct Person
{
    QString first;
    QString last;
    QString login;
    QString sam; // empty for a non-AD user
    QString status = QStringLiteral("ACTIVE");
};

QJsonObject userJson(const Person& person, int index)
{
    QJsonObject profile{{QStringLiteral("firstName"), person.first},
                        {QStringLiteral("lastName"), person.last},
                        {QStringLiteral("login"), person.login},
                        {QStringLiteral("email"), person.login},
                        {QStringLiteral("displayName"), person.first + QLatin1Char(' ') + person.last},
                        {QStringLiteral("department"), QStringLiteral("Department %1").arg(index % 17)},
                        {QStringLiteral("title"), QStringLiteral("Staff")}};
    QJsonObject provider{{QStringLiteral("type"), QStringLiteral("OKTA")},
                         {QStringLiteral("name"), QStringLiteral("OKTA")}};
    if (!person.sam.isEmpty()) {
        profile.insert(QStringLiteral("samAccountName"), person.sam);
        profile.insert(QStringLiteral("objectSid"),
                       QStringLiteral("S-1-5-21-1004336348-1177238915-682003330-%1").arg(5000 + index));
        provider = {{QStringLiteral("type"), QStringLiteral("ACTIVE_DIRECTORY")},
                    {QStringLiteral("name"), QStringLiteral("ad.example.com")}};
    }
    const QString stamp = QStringLiteral("2025-03-01T08:00:00.000Z");
    return {{QStringLiteral("id"), oktaId("00u", person.login)},
            {QStringLiteral("status"), person.status},
            {QStringLiteral("created"), stamp},
            {QStringLiteral("activated"), stamp},
            {QStringLiteral("statusChanged"), stamp},
            {QStringLiteral("lastLogin"), stamp},
            {QStringLiteral("lastUpdated"), stamp},
            {QStringLiteral("passwordChanged"), QJsonValue()},
            {QStringLiteral("type"), QJsonObject{{QStringLiteral("id"), QStringLiteral("oty1a2b3c4d5e6f7g8h9")}}},
            {QStringLiteral("profile"), profile},
            {QStringLiteral("credentials"), QJsonObject{{QStringLiteral("provider"), provider}}}};
}

} // namespace

LabelledOrg::LabelledOrg(int people, quint32 seed)
{
    QRandomGenerator random(seed);
    QList<Person> persons;
    QSet<QString> logins;
    QSet<QString> sams;
    auto unique = [](QSet<QString>& taken, const QString& wanted, const QString& separator) {
        QString candidate = wanted;
        for (int n = 2; taken.contains(candidate); ++n) {
            candidate = wanted + separator + QString::number(n);
        }
        taken.insert(candidate);
        return candidate;
    };
    const int firstCount = int(std::size(FirstNames));
    const int lastCount = int(std::size(LastNames));
    for (int i = 0; i < people; ++i) {
        Person person;
        person.first = QString::fromUtf8(FirstNames[random.bounded(firstCount)]);
        person.last = QString::fromUtf8(LastNames[random.bounded(lastCount)]);
        const QString base = asciiName(person.first) + QLatin1Char('.') + asciiName(person.last);
        person.login = unique(logins, base, QString()) + QStringLiteral("@example.com");
        if (random.bounded(100) < 70) {
            const QString sam = (asciiName(person.first).left(1) + asciiName(person.last)).left(20);
            person.sam = unique(sams, sam, QString());
        }
        persons << person;
        // A deprovisioned twin: the same person's closed account from before a rename or a rehire.
        if (random.bounded(100) < 5) {
            Person twin = person;
            twin.status = QStringLiteral("DEPROVISIONED");
            twin.login = unique(logins, base + QStringLiteral(".old"), QString()) + QStringLiteral("@example.com");
            if (!person.sam.isEmpty()) {
                twin.sam = unique(sams, person.sam + QStringLiteral("old"), QString());
            }
            persons << twin;
        }
    }
    Person service;
    service.first = QStringLiteral("Cordon");
    service.last = QStringLiteral("Service");
    service.login = QStringLiteral("svc-cordon@example.com");
    persons << service;

    QJsonArray users;
    for (int i = 0; i < persons.size(); ++i) {
        users.append(userJson(persons.at(i), i));
    }
    const QString serviceId = oktaId("00u", service.login);
    const QString groupId = oktaId("00g", QStringLiteral("Everyone"));
    QJsonArray everyone;
    for (const QJsonValue& user : std::as_const(users)) {
        everyone.append(user.toObject().value(QStringLiteral("id")));
    }
    m_directory = QJsonObject{
        {QStringLiteral("users"), users},
        {QStringLiteral("groups"),
         QJsonArray{QJsonObject{
             {QStringLiteral("id"), groupId},
             {QStringLiteral("type"), QStringLiteral("BUILT_IN")},
             {QStringLiteral("objectClass"), QJsonArray{QStringLiteral("okta:user_group")}},
             {QStringLiteral("profile"), QJsonObject{{QStringLiteral("name"), QStringLiteral("Everyone")},
                                                     {QStringLiteral("description"), QStringLiteral("All users")}}}}}},
        {QStringLiteral("groupMembers"), QJsonObject{{groupId, everyone}}},
        {QStringLiteral("adminRoles"),
         QJsonObject{
             {serviceId, QJsonArray{QJsonObject{{QStringLiteral("id"), oktaId("ra1", serviceId)},
                                                {QStringLiteral("label"), QStringLiteral("Organization Administrator")},
                                                {QStringLiteral("type"), QStringLiteral("ORG_ADMIN")},
                                                {QStringLiteral("status"), QStringLiteral("ACTIVE")},
                                                {QStringLiteral("assignmentType"), QStringLiteral("USER")}}}}}},
        {QStringLiteral("tokens"), QJsonObject{{token(), serviceId}}}};

    // The labelled set: every 10th active person, in the forms endpoints report.
    int n = 0;
    for (const Person& person : std::as_const(persons)) {
        if (person.status != QLatin1String("ACTIVE") || person.login == service.login || n++ % 10 != 0) {
            continue;
        }
        switch ((n / 10) % 4) {
        case 0:
            if (!person.sam.isEmpty()) {
                m_identities << LabelledIdentity{QStringLiteral("AD_DOMAIN\\") + person.sam, person.login, true};
                break;
            }
            [[fallthrough]];
        case 1:
            m_identities << LabelledIdentity{person.login, person.login, true};
            break;
        case 2:
            m_identities << LabelledIdentity{QStringLiteral("AzureAD\\") +
                                                 QString(person.first + person.last).remove(QLatin1Char(' ')),
                                             person.login, false};
            break;
        default:
            // An Entra-joined laptop reports the UPN, in any case.
            m_identities << LabelledIdentity{QStringLiteral("AzureAD\\") + person.login.toUpper(), person.login, true};
            break;
        }
    }
    // Principals that are never a person, and people Okta does not have.
    for (const char* raw :
         {"NT AUTHORITY\\SYSTEM", "NT AUTHORITY\\NETWORK SERVICE", "Window Manager\\DWM-3", "Font Driver Host\\UMFD-0",
          "KST-LT-0415$", "root", "_spotlight", "S-1-5-18", "AD_DOMAIN\\krbtgt", "IIS APPPOOL\\DefaultAppPool",
          "AD_DOMAIN\\nosuchperson", "zz.unknown@example.com"}) {
        m_identities << LabelledIdentity{QString::fromLatin1(raw), QString(), false};
    }
}

} // namespace cordon::test
