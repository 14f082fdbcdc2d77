#include "Cli.h"
#include "CliArguments.h"
#include "CordonVersion.h"
#include "base/ProcessHardening.h"

#include <QCoreApplication>
#include <QTimer>

int main(int argc, char* argv[])
{
    cordon::core::hardenProcess();
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("cordonctl"));
    QCoreApplication::setOrganizationName(QStringLiteral("Cordon"));
    QCoreApplication::setApplicationVersion(QStringLiteral(CORDON_VERSION_STRING));

    QString error;
    const auto arguments = cordon::cli::CliArguments::parse(QCoreApplication::arguments().mid(1), &error);
    if (!arguments) {
        std::fprintf(stderr, "cordonctl: %s\nSee cordonctl --help.\n", qUtf8Printable(error));
        return cordon::cli::ExitUsage;
    }
    cordon::cli::Cli cli(*arguments);
    QTimer::singleShot(0, &cli, [&cli] { cli.run(); });
    return QCoreApplication::exec();
}
