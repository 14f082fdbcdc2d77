#include "MainWindow.h"

#include <QApplication>

int main(int argc, char* argv[])
{
    QApplication app(argc, argv);
    cordon::gui::MainWindow window;
    window.show();
    return app.exec();
}
