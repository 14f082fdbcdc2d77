#include "SourceScan.h"
#include "gui/desktop/Appearance.h"
#include "gui/desktop/StatusColors.h"
#include "gui/incidents/MainWindow.h"

#include <QApplication>
#include <QFileInfo>
#include <QLabel>
#include <QRegularExpression>
#include <QTest>

using cordon::gui::Appearance;
using cordon::gui::Badge;
using cordon::gui::Status;
using namespace cordon::gui;

namespace
{

// WCAG 2's minimum for body text.
constexpr double kReadable = 4.5;

const QList<Status> kStatuses{Status::Good, Status::Bad, Status::Warning, Status::Info};

const char* statusName(Status status)
{
    switch (status) {
    case Status::Good:
        return "good";
    case Status::Bad:
        return "bad";
    case Status::Warning:
        return "warning";
    case Status::Info:
        return "info";
    }
    return "?";
}

QColor styleSheetColor(const QString& styleSheet)
{
    const QRegularExpressionMatch match =
        QRegularExpression(QStringLiteral("(?:^|[;{\\s])color:\\s*(#[0-9a-fA-F]{6})")).match(styleSheet);
    return match.hasMatch() ? QColor(match.captured(1)) : QColor();
}

} // namespace

// Status colours come from the theme: every one reads on the window and the lists of both themes, and no
// widget names a colour of its own.
class TestStatusColors : public QObject
{
    Q_OBJECT

private slots:
    void cleanup() { Appearance::apply(Appearance::Theme::Light); }

    void readableOnBothThemes_data()
    {
        QTest::addColumn<int>("theme");
        QTest::newRow("light") << int(Appearance::Theme::Light);
        QTest::newRow("dark") << int(Appearance::Theme::Dark);
    }

    void readableOnBothThemes()
    {
        QFETCH(int, theme);
        Appearance::apply(static_cast<Appearance::Theme>(theme));
        const QPalette palette = QApplication::palette();
        QCOMPARE(isDark(palette), theme == int(Appearance::Theme::Dark));
        for (const Status status : kStatuses) {
            for (const QPalette::ColorRole role : {QPalette::Window, QPalette::Base, QPalette::AlternateBase}) {
                const double ratio = contrastRatio(statusColor(status, palette), palette.color(role));
                QVERIFY2(ratio >= kReadable, qPrintable(QStringLiteral("%1 on role %2: %3:1")
                                                            .arg(QLatin1String(statusName(status)))
                                                            .arg(int(role))
                                                            .arg(ratio, 0, 'f', 2)));
            }
            const double notice = contrastRatio(noticeText(status, palette), noticeBackground(status, palette));
            QVERIFY2(
                notice >= kReadable,
                qPrintable(
                    QStringLiteral("%1 notice: %2:1").arg(QLatin1String(statusName(status))).arg(notice, 0, 'f', 2)));
        }
        for (const Badge badge : {Badge::Demo, Badge::Neutral, Badge::Danger}) {
            QVERIFY(contrastRatio(Qt::white, badgeBackground(badge)) >= kReadable);
        }
    }

    void contrastIsWcags()
    {
        QCOMPARE(qRound(contrastRatio(Qt::black, Qt::white) * 10), 210);
        QCOMPARE(contrastRatio(Qt::red, Qt::red), 1.0);
        // WCAG's own example: #767676 on white is the lightest grey that passes, at 4.54:1.
        QCOMPARE(qRound(contrastRatio(QColor(0x76, 0x76, 0x76), Qt::white) * 100), 454);
    }

    // The real window in the dark theme: what it shows as not connected reads on its own background.
    void theWindowsStatusReadsInTheDark()
    {
        Appearance::apply(Appearance::Theme::Dark);
        MainWindow window;
        window.resize(1366, 768);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        auto* connection = window.findChild<QLabel*>(QStringLiteral("connectionStatusLabel"));
        QVERIFY(connection);
        const QColor shown = styleSheetColor(connection->styleSheet());
        QVERIFY2(shown.isValid(), qPrintable(connection->styleSheet()));
        const QColor background = connection->palette().color(connection->backgroundRole());
        QVERIFY2(contrastRatio(shown, background) >= kReadable,
                 qPrintable(QStringLiteral("%1 on %2").arg(shown.name(), background.name())));

        // Switching the theme recolours what is already shown.
        Appearance::apply(Appearance::Theme::Light);
        QTRY_VERIFY2(
            styleSheetColor(connection->styleSheet()) != shown,
            qPrintable(connection->styleSheet() + QLatin1Char(' ') + window.palette().color(QPalette::Window).name()));
        QVERIFY(contrastRatio(styleSheetColor(connection->styleSheet()),
                              connection->palette().color(connection->backgroundRole())) >= kReadable);
    }

    // Colours live in Appearance (the themes) and StatusColors (what a status looks like) only.
    void noWidgetNamesAColour()
    {
        const QRegularExpression literal(
            QStringLiteral("#[0-9a-fA-F]{6}\\b|QColor\\(\\s*0x|QColor\\(\\s*\\d+\\s*,|QColor::fromRgb"));
        int scanned = 0;
        const QStringList offenders = linesMatching(
            QStringLiteral(CORDON_SOURCE_DIR "/app/gui"), literal,
            [](const QString& path) {
                const QString name = QFileInfo(path).fileName();
                return name.startsWith(QLatin1String("Appearance.")) || name.startsWith(QLatin1String("StatusColors."));
            },
            &scanned);
        QVERIFY(scanned > 20);
        QVERIFY2(offenders.isEmpty(), qPrintable(offenders.join(QLatin1Char('\n'))));
    }
};

QTEST_MAIN(TestStatusColors)
#include "tst_statuscolors.moc"
