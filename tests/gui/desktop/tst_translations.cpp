// The German and French translations are complete (no unfinished or vanished message), keep every
// placeholder of their English source, and are current: lupdate over today's sources finds no message that
// is missing from them and none that they hold in vain.
#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>
#include <QXmlStreamReader>

namespace
{

struct Message
{
    QString context;
    QString source;
    QString comment;
    QString type;             // the translation's type: empty when finished, else unfinished, vanished or obsolete
    QStringList translations; // one, or one per plural form
    bool numerus = false;

    QString key() const { return context + QLatin1Char('\x1f') + source + QLatin1Char('\x1f') + comment; }
};

QList<Message> readTs(const QString& path, QString* error)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = file.errorString();
        return {};
    }
    QList<Message> messages;
    QXmlStreamReader xml(&file);
    QString context;
    Message message;
    while (!xml.atEnd()) {
        xml.readNext();
        if (xml.isStartElement()) {
            const auto name = xml.name();
            if (name == QLatin1String("name")) {
                context = xml.readElementText();
            } else if (name == QLatin1String("message")) {
                message = Message{
                    context, {}, {}, {}, {}, xml.attributes().value(QLatin1String("numerus")) == QLatin1String("yes")};
            } else if (name == QLatin1String("source")) {
                message.source = xml.readElementText();
            } else if (name == QLatin1String("comment")) {
                message.comment = xml.readElementText();
            } else if (name == QLatin1String("translation")) {
                message.type = xml.attributes().value(QLatin1String("type")).toString();
                if (!message.numerus) {
                    message.translations << xml.readElementText();
                }
            } else if (name == QLatin1String("numerusform")) {
                message.translations << xml.readElementText();
            }
        } else if (xml.isEndElement() && xml.name() == QLatin1String("message")) {
            messages << message;
        }
    }
    if (xml.hasError()) {
        *error = xml.errorString();
    }
    return messages;
}

QStringList tsFiles()
{
    return QString::fromUtf8(CORDON_TS_FILES).split(QLatin1Char('|'), Qt::SkipEmptyParts);
}

// %1..%99 and %n, each as often as in the source.
QStringList placeholders(const QString& text)
{
    static const QRegularExpression pattern(QStringLiteral("%(\\d{1,2}|n|L\\d)"));
    QStringList found;
    for (auto it = pattern.globalMatch(text); it.hasNext();) {
        found << it.next().captured(0);
    }
    found.sort();
    return found;
}

QString describe(const Message& message)
{
    return QStringLiteral("%1: \"%2\"").arg(message.context, message.source.left(80));
}

} // namespace

class TestTranslations : public QObject
{
    Q_OBJECT

private slots:
    void everyMessageIsTranslated_data();
    void everyMessageIsTranslated();
    void translationsAreCurrentWithTheSources_data();
    void translationsAreCurrentWithTheSources();
};

void TestTranslations::everyMessageIsTranslated_data()
{
    QTest::addColumn<QString>("path");
    for (const QString& path : tsFiles()) {
        QTest::newRow(qPrintable(QFileInfo(path).fileName())) << path;
    }
}

void TestTranslations::everyMessageIsTranslated()
{
    QFETCH(QString, path);
    QString error;
    const QList<Message> messages = readTs(path, &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QVERIFY(messages.size() > 100);
    QStringList problems;
    for (const Message& message : messages) {
        if (!message.type.isEmpty()) {
            problems << QStringLiteral("%1 %2").arg(message.type, describe(message));
            continue;
        }
        if (message.translations.isEmpty() || message.translations.contains(QString())) {
            problems << QStringLiteral("empty %1").arg(describe(message));
            continue;
        }
        // Plural forms may drop the number ("Ein Vorfall"), but no form may invent a placeholder.
        for (const QString& translation : message.translations) {
            const QStringList expected = placeholders(message.source);
            const QStringList actual = placeholders(translation);
            const bool pluralMayOmitN = message.numerus && !actual.contains(QStringLiteral("%n"));
            QStringList expectedWithoutN = expected;
            expectedWithoutN.removeAll(QStringLiteral("%n"));
            if (actual != expected && !(pluralMayOmitN && actual == expectedWithoutN)) {
                problems << QStringLiteral("placeholders %1 instead of %2 in %3")
                                .arg(actual.join(QLatin1Char(',')), expected.join(QLatin1Char(',')), describe(message));
            }
        }
    }
    QVERIFY2(problems.isEmpty(),
             qPrintable(QStringLiteral("%1 message(s) to fix in %2 (cmake --build build --target update_translations, "
                                       "then translate):\n  %3")
                            .arg(problems.size())
                            .arg(QFileInfo(path).fileName(), problems.mid(0, 40).join(QStringLiteral("\n  ")))));
}

void TestTranslations::translationsAreCurrentWithTheSources_data()
{
    everyMessageIsTranslated_data();
}

void TestTranslations::translationsAreCurrentWithTheSources()
{
    QFETCH(QString, path);
    QTemporaryDir work;
    QVERIFY(work.isValid());
    const QString copy = work.filePath(QFileInfo(path).fileName());
    QVERIFY(QFile::copy(path, copy));
    // Without -no-obsolete: messages the sources no longer have stay in the copy, marked vanished.
    QProcess lupdate;
    lupdate.setProcessChannelMode(QProcess::MergedChannels);
    lupdate.start(QStringLiteral(CORDON_LUPDATE),
                  {QStringLiteral("-locations"), QStringLiteral("none"),
                   QStringLiteral("@") + QStringLiteral(CORDON_TR_SOURCES_LIST), QStringLiteral("-ts"), copy});
    QVERIFY(lupdate.waitForFinished(120000));
    QVERIFY2(lupdate.exitCode() == 0, lupdate.readAll().constData());

    QString error;
    const QList<Message> committed = readTs(path, &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    const QList<Message> refreshed = readTs(copy, &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QSet<QString> known;
    for (const Message& message : committed) {
        known.insert(message.key());
    }
    QStringList missing;
    QStringList gone;
    for (const Message& message : refreshed) {
        if (!known.contains(message.key())) {
            missing << describe(message);
        } else if (message.type == QLatin1String("vanished") || message.type == QLatin1String("obsolete")) {
            gone << describe(message);
        }
    }
    QVERIFY2(missing.isEmpty() && gone.isEmpty(),
             qPrintable(QStringLiteral("%1 is not current (cmake --build build --target update_translations, then "
                                       "translate). Not in it: %2\n  %3\nNo longer in the sources: %4\n  %5")
                            .arg(QFileInfo(path).fileName())
                            .arg(missing.size())
                            .arg(missing.mid(0, 30).join(QStringLiteral("\n  ")))
                            .arg(gone.size())
                            .arg(gone.mid(0, 30).join(QStringLiteral("\n  ")))));
}

QTEST_GUILESS_MAIN(TestTranslations)
#include "tst_translations.moc"
