#include "TestFolders.h"
// Translations run longer than English (German by a third and more). A pseudo-translation makes every
// string about 40 % longer, accented and bracketed, and the main window and the settings dialog must still
// show every button and column title whole.
#include "gui/desktop/WindowState.h"
#include "gui/incidents/MainWindow.h"
#include "gui/settings/SettingsDialog.h"
#include "secrets/MemorySecretStore.h"
#include "store/AppSettings.h"

#include <QAbstractButton>
#include <QApplication>
#include <QHeaderView>
#include <QNetworkAccessManager>
#include <QTabBar>
#include <QTabWidget>
#include <QTableView>
#include <QTest>
#include <QTranslator>

namespace
{

// "Open feed file…" → "[Öpéñ féééd fíľé… ~~~~~~]"; placeholders (%1, %n, %L1), HTML tags and entities
// and the & of a mnemonic stay as they are.
class PseudoTranslator : public QTranslator
{
public:
    bool isEmpty() const override { return false; }

    QString translate(const char* context, const char* sourceText, const char* disambiguation, int n) const override
    {
        Q_UNUSED(context)
        Q_UNUSED(disambiguation)
        Q_UNUSED(n)
        if (!sourceText || !*sourceText) {
            return {};
        }
        ++m_calls;
        return pseudo(QString::fromUtf8(sourceText));
    }

    static QString pseudo(const QString& text)
    {
        static const QString plain = QStringLiteral("aeiouycnAEIOUYCN");
        static const QString accented = QStringLiteral("áéíöüýçñÅÉÍÖÜÝÇÑ");
        QString out;
        qsizetype letters = 0;
        qsizetype visible = 0;
        for (qsizetype i = 0; i < text.size(); ++i) {
            const QChar c = text[i];
            if (c == QLatin1Char('%') && i + 1 < text.size()) {
                // %1, %n, %L1
                qsizetype end = i + 1;
                if (text[end] == QLatin1Char('L')) {
                    ++end;
                }
                while (end < text.size() && (text[end].isDigit() || text[end] == QLatin1Char('n'))) {
                    ++end;
                }
                out += text.mid(i, end - i);
                i = end - 1;
                continue;
            }
            if (c == QLatin1Char('<') ||
                (c == QLatin1Char('&') && text.indexOf(QLatin1Char(';'), i) > i &&
                 text.indexOf(QLatin1Char(';'), i) - i < 8 &&
                 !text.mid(i + 1, text.indexOf(QLatin1Char(';'), i) - i - 1).contains(QLatin1Char(' ')))) {
                const QChar close = c == QLatin1Char('<') ? QLatin1Char('>') : QLatin1Char(';');
                const qsizetype end = text.indexOf(close, i);
                if (end > i) {
                    out += text.mid(i, end - i + 1);
                    i = end;
                    continue;
                }
            }
            const qsizetype at = plain.indexOf(c);
            out += at >= 0 ? accented[at] : c;
            ++visible;
            letters += c.isLetter() ? 1 : 0;
        }
        if (letters == 0) {
            return out;
        }
        // Two brackets, a space and the padding make the visible text about 40 % longer.
        const qsizetype padding = std::max<qsizetype>(1, (visible * 4 + 9) / 10 - 3);
        return QLatin1Char('[') + out + QLatin1Char(' ') + QString(padding, QChar(0x00B7)) + QLatin1Char(']');
    }

    mutable int m_calls = 0;
};

// Every visible button shows its text whole, every tab bar its tabs, every interactive column its title.
QStringList clipped(const QWidget* top)
{
    QStringList problems;
    for (const QAbstractButton* button : top->findChildren<QAbstractButton*>()) {
        if (!button->isVisibleTo(top) || button->text().isEmpty()) {
            continue;
        }
        if (button->width() < button->sizeHint().width()) {
            problems << QStringLiteral("button %1 \"%2\": %3 px wide, needs %4")
                            .arg(button->objectName(), button->text())
                            .arg(button->width())
                            .arg(button->sizeHint().width());
        }
    }
    for (const QTabBar* tabs : top->findChildren<QTabBar*>()) {
        if (tabs->isVisibleTo(top) && tabs->width() < tabs->sizeHint().width()) {
            problems << QStringLiteral("tab bar %1: %2 px wide, needs %3")
                            .arg(tabs->objectName())
                            .arg(tabs->width())
                            .arg(tabs->sizeHint().width());
        }
    }
    for (const QTableView* table : top->findChildren<QTableView*>()) {
        const QHeaderView* header = table->horizontalHeader();
        if (!table->isVisibleTo(top) || !header->isVisibleTo(top)) {
            continue;
        }
        for (int section = 0; section < header->count(); ++section) {
            if (header->isSectionHidden(section) || header->sectionResizeMode(section) != QHeaderView::Interactive) {
                continue;
            }
            if (header->sectionSize(section) < header->sectionSizeHint(section)) {
                problems << QStringLiteral("column \"%1\" of %2: %3 px wide, needs %4")
                                .arg(table->model()->headerData(section, Qt::Horizontal).toString(),
                                     table->objectName())
                                .arg(header->sectionSize(section))
                                .arg(header->sectionSizeHint(section));
            }
        }
    }
    return problems;
}

} // namespace

class TestPseudoLocale : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void pseudoTranslationIsLongerAndKeepsMarkup();
    void mainWindowClipsNothing();
    void settingsDialogClipsNothing();

private:
    TestFolders m_folder;
    PseudoTranslator m_translator;
};

void TestPseudoLocale::initTestCase()
{
    QVERIFY(m_folder.isValid());
    QVERIFY(QCoreApplication::installTranslator(&m_translator));
}

void TestPseudoLocale::cleanupTestCase()
{
    QCoreApplication::removeTranslator(&m_translator);
}

void TestPseudoLocale::pseudoTranslationIsLongerAndKeepsMarkup()
{
    const QString plain = QStringLiteral("Open the feed file");
    QVERIFY2(PseudoTranslator::pseudo(plain).size() >= plain.size() * 14 / 10,
             qPrintable(PseudoTranslator::pseudo(plain)));
    const QString source = QStringLiteral("Open <b>%1</b> feed&nbsp;file");
    const QString pseudo = PseudoTranslator::pseudo(source);
    QVERIFY(pseudo.contains(QLatin1String("<b>%1</b>")));
    QVERIFY(pseudo.contains(QLatin1String("&nbsp;")));
    QVERIFY(pseudo.contains(QStringLiteral("Öpéñ")));
    QCOMPARE(PseudoTranslator::pseudo(QStringLiteral("&Quit")).left(3), QStringLiteral("[&Q"));
}

void TestPseudoLocale::mainWindowClipsNothing()
{
    cordon::gui::MainWindow window;
    // As the console starts the first time: no saved layout, columns fitted to their titles.
    cordon::gui::WindowState::fitHeaders(&window);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QVERIFY2(m_translator.m_calls > 20, "the window did not ask the translator");
    const QStringList problems = clipped(&window);
    QVERIFY2(problems.isEmpty(), qPrintable(problems.join(QLatin1Char('\n'))));
}

void TestPseudoLocale::settingsDialogClipsNothing()
{
    const std::unique_ptr<QSettings> qsettings = cordon::core::AppSettings::open();
    cordon::core::AppSettings settings(qsettings.get());
    cordon::core::MemorySecretStore secrets;
    QNetworkAccessManager network;
    cordon::gui::SettingsDialog dialog(&settings, &secrets, &network);
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    auto* tabs = dialog.findChild<QTabWidget*>();
    const int count = tabs ? tabs->count() : 1;
    QStringList problems;
    for (int tab = 0; tab < count; ++tab) {
        if (tabs) {
            tabs->setCurrentIndex(tab);
            QCoreApplication::processEvents();
        }
        problems << clipped(&dialog);
    }
    problems.removeDuplicates();
    QVERIFY2(problems.isEmpty(), qPrintable(problems.join(QLatin1Char('\n'))));
}

QTEST_MAIN(TestPseudoLocale)
#include "tst_pseudolocale.moc"
