// Build tool: renders the application icon's SVG to PNG files of the given sizes, so the
// running program draws its window and tray icon from PNGs. Loading an SVG icon maps Qt SVG and
// its icon engine (about 0.5 MB), which a Limber waiting in the tray should not carry.
// Usage: render_icon ICON.svg OUTPUT_DIR SIZE... (writes OUTPUT_DIR/limber-SIZE.png)

#include <QDir>
#include <QGuiApplication>
#include <QImage>
#include <QPainter>
#include <QSvgRenderer>
#include <QTextStream>

int main(int argc, char **argv)
{
    qputenv("QT_QPA_PLATFORM", "offscreen");
    QGuiApplication application(argc, argv);
    const QStringList arguments = QCoreApplication::arguments();
    QTextStream err(stderr);
    if (arguments.size() < 4) {
        err << "usage: render_icon ICON.svg OUTPUT_DIR SIZE...\n";
        return 2;
    }
    QSvgRenderer renderer(arguments.at(1));
    if (!renderer.isValid()) {
        err << arguments.at(1) << ": not a valid SVG file\n";
        return 1;
    }
    const QDir output(arguments.at(2));
    for (const QString &argument : arguments.mid(3)) {
        bool ok = false;
        const int size = argument.toInt(&ok);
        if (!ok || size < 1 || size > 1024) {
            err << argument << ": not a size from 1 to 1024 pixels\n";
            return 2;
        }
        QImage image(size, size, QImage::Format_ARGB32_Premultiplied);
        image.fill(Qt::transparent);
        QPainter painter(&image);
        renderer.render(&painter);
        painter.end();
        const QString path = output.filePath(QStringLiteral("limber-%1.png").arg(size));
        if (!image.save(path)) {
            err << path << ": could not be written\n";
            return 1;
        }
    }
    return 0;
}
