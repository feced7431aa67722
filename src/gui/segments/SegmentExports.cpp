#include "SegmentExports.h"

#include "core/rules/Segment.h"
#include "core/rules/SegmentSlug.h"
#include "gui/common/FileDialog.h"
#include "gui/common/MessageBox.h"
#include "storage/OwnerCsvExporter.h"
#include "storage/OwnerListQuery.h"
#include "storage/OwnerXlsxExporter.h"
#include "storage/segments/SegmentRepository.h"

#include <QApplication>
#include <QCoreApplication>
#include <QDir>
#include <QLocale>

namespace huellas::SegmentExports {
namespace {

// Exports of 100,000 owners take a few seconds; the cursor says the program is working.
class BusyCursor final
{
public:
    BusyCursor() { QApplication::setOverrideCursor(Qt::WaitCursor); }
    ~BusyCursor() { QApplication::restoreOverrideCursor(); }
    Q_DISABLE_COPY_MOVE(BusyCursor)
};

QString baseName(const Segment& segment)
{
    const QString slug =
        segment.slug.isEmpty() ? SegmentRules::slugFor(segment.name) : segment.slug;
    return slug.isEmpty() ? QStringLiteral("segmento") : slug;
}

QString withSuffix(const QString& path)
{
    const QString lower = path.toLower();
    if (lower.endsWith(QLatin1String(".csv")) || lower.endsWith(QLatin1String(".xlsx")))
        return path;
    return path + QStringLiteral(".csv");
}

QString channelSlug(CampaignChannel channel)
{
    switch (channel) {
    case CampaignChannel::WhatsApp:
        return QStringLiteral("whatsapp");
    case CampaignChannel::Sms:
        return QStringLiteral("sms");
    case CampaignChannel::Email:
        return QStringLiteral("email");
    }
    Q_UNREACHABLE();
}

QString contactKind(CampaignChannel channel)
{
    switch (channel) {
    case CampaignChannel::WhatsApp:
        return QCoreApplication::translate("Segments", "a WhatsApp number or a phone");
    case CampaignChannel::Sms:
        return QCoreApplication::translate("Segments", "a phone");
    case CampaignChannel::Email:
        return QCoreApplication::translate("Segments", "an email address");
    }
    Q_UNREACHABLE();
}

} // namespace

QString channelLabel(CampaignChannel channel)
{
    switch (channel) {
    case CampaignChannel::WhatsApp:
        return QCoreApplication::translate("Segments", "WhatsApp");
    case CampaignChannel::Sms:
        return QCoreApplication::translate("Segments", "SMS");
    case CampaignChannel::Email:
        return QCoreApplication::translate("Segments", "Email");
    }
    Q_UNREACHABLE();
}

void exportMembers(QWidget* parent, Database& database, const Segment& segment)
{
    const QString title = QCoreApplication::translate("Segments", "Export members");
    auto filter = SegmentRepository(database).filterFor(segment);
    if (!filter)
        return MessageBox::critical(parent, title, filter.error());
    QString path = FileDialog::saveFileName(
        parent, title, baseName(segment) + QStringLiteral(".csv"),
        QCoreApplication::translate("Segments", "CSV (*.csv);;Excel (*.xlsx)"));
    if (path.isEmpty())
        return;
    path = withSuffix(path);
    Result<int> written = 0;
    {
        const BusyCursor busy;
        written = path.endsWith(QLatin1String(".xlsx"), Qt::CaseInsensitive)
                      ? OwnerXlsxExporter(database).exportToFile(path, *filter)
                      : OwnerCsvExporter(database).exportToFile(path, *filter);
    }
    if (!written)
        return MessageBox::critical(parent, title, written.error());
    MessageBox::information(parent, title,
                            QCoreApplication::translate("Segments", "%1 owners written to %2.")
                                .arg(QLocale().toString(*written), QDir::toNativeSeparators(path)));
}

void exportCampaign(QWidget* parent, Database& database, const Segment& segment,
                    CampaignChannel channel)
{
    const QString title =
        QCoreApplication::translate("Segments", "Campaign list: %1").arg(channelLabel(channel));
    auto filter = SegmentRepository(database).filterFor(segment);
    if (!filter)
        return MessageBox::critical(parent, title, filter.error());
    QString path = FileDialog::saveFileName(
        parent, title, QStringLiteral("%1-%2.csv").arg(baseName(segment), channelSlug(channel)),
        QCoreApplication::translate("Segments", "CSV (*.csv)"));
    if (path.isEmpty())
        return;
    if (!path.endsWith(QLatin1String(".csv"), Qt::CaseInsensitive))
        path += QStringLiteral(".csv");
    Result<int> written = 0;
    Result<int> members = segment.memberCount;
    {
        const BusyCursor busy;
        written = CampaignExporter(database).exportToFile(path, channel, *filter);
        members = OwnerListQuery::count(database, *filter); // the cached count may be old
    }
    if (!written)
        return MessageBox::critical(parent, title, written.error());
    MessageBox::information(
        parent, title,
        QCoreApplication::translate("Segments",
                                    "%1 of the segment's %2 members written to %3. Only members "
                                    "who accept %4 and have %5 are included.")
            .arg(QLocale().toString(*written),
                 QLocale().toString(members ? *members : segment.memberCount),
                 QDir::toNativeSeparators(path), channelLabel(channel), contactKind(channel)));
}

} // namespace huellas::SegmentExports
