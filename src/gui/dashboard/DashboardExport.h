#pragma once

#include "core/Result.h"

#include <QPixmap>
#include <QString>

class QWidget;

namespace huellas {

// The dashboard as a picture: PNG or a one-page PDF. Written through QSaveFile, so a failed
// export never leaves half a file.
namespace DashboardExport {

Status writePng(const QPixmap& image, const QString& path);
// The image scaled to fit an A4 page (landscape when it is wider than tall), under a title.
Status writePdf(const QPixmap& image, const QString& path, const QString& title);


} // namespace DashboardExport
} // namespace huellas
