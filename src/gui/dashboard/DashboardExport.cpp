#include "DashboardExport.h"

#include <QCoreApplication>
#include <QDir>
#include <QPageLayout>
#include <QPageSize>
#include <QPainter>
#include <QPdfWriter>
#include <QSaveFile>


namespace huellas::DashboardExport {
namespace {

Status cannotWrite(const QString& path, const QString& reason)
{
    return failed(QCoreApplication::translate("Dashboard", "Cannot write %1: %2")
                      .arg(QDir::toNativeSeparators(path), reason));
}

} // namespace

Status writePng(const QPixmap& image, const QString& path)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return cannotWrite(path, file.errorString());
    if (image.isNull() || !image.save(&file, "PNG")) {
        file.cancelWriting();
        return cannotWrite(
            path, QCoreApplication::translate("Dashboard", "the image could not be encoded"));
    }
    if (!file.commit())
        return cannotWrite(path, file.errorString());
    return {};
}

Status writePdf(const QPixmap& image, const QString& path, const QString& title)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return cannotWrite(path, file.errorString());
    {
        QPdfWriter pdf(&file);
        pdf.setTitle(title);
        pdf.setCreator(QCoreApplication::applicationName());
        pdf.setResolution(150);
        const auto orientation =
            image.width() > image.height() ? QPageLayout::Landscape : QPageLayout::Portrait;
        pdf.setPageLayout(QPageLayout(QPageSize(QPageSize::A4), orientation,
                                      QMarginsF(10, 10, 10, 10), QPageLayout::Millimeter));
        QPainter painter;
        if (image.isNull() || !painter.begin(&pdf)) {
            file.cancelWriting();
            return cannotWrite(
                path, QCoreApplication::translate("Dashboard", "the PDF could not be started"));
        }
        const QRect page = painter.viewport();
        QFont font = painter.font();
        font.setPointSize(14);
        font.setBold(true);
        painter.setFont(font);
        const QRect titleBox(page.left(), page.top(), page.width(), page.height() / 20);
        painter.drawText(titleBox, Qt::AlignLeft | Qt::AlignVCenter, title);
        const QRect area(page.left(), titleBox.bottom(), page.width(),
                         page.height() - titleBox.height());
        const QSize fitted = image.size().scaled(area.size(), Qt::KeepAspectRatio);
        painter.setRenderHint(QPainter::SmoothPixmapTransform);
        painter.drawPixmap(QRect(area.topLeft(), fitted), image);
        painter.end();
    }
    if (!file.commit())
        return cannotWrite(path, file.errorString());
    return {};
}

} // namespace huellas::DashboardExport
