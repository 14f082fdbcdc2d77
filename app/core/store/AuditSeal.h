#pragma once

#include <QByteArray>
#include <QObject>
#include <QString>

#include <functional>
#include <memory>
#include <optional>

namespace cordon::core
{

class Database;
class SecretStoreInterface;

// Where the log stood when its head was last written down outside the database.
struct AuditAnchor
{
    qint64 seq = 0;        // the head's seq; 0 for an empty log
    QString head;          // the head's hash; the genesis hash for an empty log
    qint64 sealedFrom = 1; // the first entry that must carry a seal: those before it were written unkeyed
};

// The keyed seal of one database's audit log. Plain SHA-256 over documented fields proves nothing to
// someone who can write the database and run the same sum, so each entry also carries an HMAC-SHA256
// with a key that only the keychain holds, and the head of the chain (seq and hash, itself under the
// key) is written to the keychain after every append. Someone with the data folder alone can then
// neither edit, move nor add an entry, nor cut the tail or empty the log, without verify() saying so.
//
// Both keychain entries are named after the database's path, so that a log replaced by an empty one
// at the same place is still held to its anchor. The key is made from the system's CSPRNG on first
// use and never leaves the keychain and this object's memory.
class AuditSeal : public QObject
{
    Q_OBJECT

public:
    enum class KeyState
    {
        NotLoaded,
        Ready,
        Missing,     // the keychain answers but holds no key for this log
        Unavailable, // no keychain, access refused, or an entry Cordon did not make
    };

    // The database must outlive the seal; so must the secret store.
    AuditSeal(SecretStoreInterface* secrets, Database& database, QObject* parent = nullptr);
    ~AuditSeal() override;

    // The name of a database's log in the keychain: a digest of its absolute path, or of a shared database's
    // URL without the user, so that every analyst's keychain names the team's log alike.
    static QString logIdFor(const QString& databaseIdentity);
    QString logId() const { return m_logId; }

    // Reads the key and the anchor; done runs once both are known. With create, a missing key is made
    // and the log's head is anchored at once, so that an anchor exists before the first keyed entry.
    void load(bool create, QObject* ctx, std::function<void()> done);

    KeyState keyState() const { return m_keyState; }
    bool hasKey() const { return m_keyState == KeyState::Ready; }
    // For a person: why there is no key.
    QString keyProblem() const { return m_keyProblem; }
    const std::optional<AuditAnchor>& anchor() const { return m_anchor; }
    // For a person: why the keychain's anchor cannot be trusted; empty when it can (or there is none).
    QString anchorProblem() const { return m_anchorProblem; }
    // Why the anchor is no longer advanced: the database no longer holds the entry it names.
    QString frozenReason() const { return m_frozenReason; }

    // A team shares one log, so every workstation needs its key: the key as text to carry to another
    // workstation ("cordon-audit-key/v1 LOGID BASE64"), empty without a key. The text is the key itself:
    // whoever holds it can seal entries.
    QByteArray keyTransfer() const;
    // Stores a key carried from another workstation in the keychain and takes it up; done gets an empty
    // string, or why not: the text is not a key for this log, it does not match the log's sealed entries, or
    // the keychain holds another key for it already.
    void importKey(const QByteArray& transfer, QObject* ctx, std::function<void(QString)> done);

    // Lowercase hex HMAC-SHA256 of an entry's canonical form, and of its id and seq alone.
    QString entryMac(const QByteArray& canonicalForm) const;
    QString placeMac(const QString& id, qint64 seq) const;

    // Writes the log's head to the keychain, unless the log no longer holds the entry anchored before.
    // Calls made while a write is under way make one more write after it.
    void anchorHead();
    bool isIdle() const { return m_loading == 0 && !m_writing; }

signals:
    // Every keychain read and write started so far has finished.
    void idle();

private:
    struct PendingAnchor;
    void
    readKey(bool makeIfMissing, bool anchor, const std::shared_ptr<PendingAnchor>& pending, std::function<void()> done);
    void makeKey(const std::shared_ptr<PendingAnchor>& pending, std::function<void()> done);
    bool teamKeyExists() const;
    void takeAnchor(bool anchor, const std::shared_ptr<PendingAnchor>& pending, std::function<void()> done);
    // Writes the head when it extends the anchor as last read.
    void advanceAnchor();
    void writeAnchor(const AuditAnchor& next);
    void finishWrite();
    QString anchorMac(const AuditAnchor& anchor) const;
    QByteArray serialize(const AuditAnchor& anchor) const;
    std::optional<AuditAnchor> parse(const QByteArray& bytes, QString* problem) const;
    QString hashAt(qint64 seq) const;

    SecretStoreInterface* m_secrets;
    Database& m_database;
    QString m_logId;
    QByteArray m_key;
    KeyState m_keyState = KeyState::NotLoaded;
    QString m_keyProblem;
    std::optional<AuditAnchor> m_anchor;
    QString m_anchorProblem;
    QString m_frozenReason;
    int m_loading = 0;
    bool m_writing = false;
    bool m_writeAgain = false;
    // The anchor was read just now, at load: the first anchoring need not read it again.
    bool m_anchorFresh = false;
};

} // namespace cordon::core
