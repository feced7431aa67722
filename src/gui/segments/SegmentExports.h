#pragma once

#include "storage/segments/CampaignExporter.h"

#include <QString>

class QWidget;

namespace huellas {

class Database;
struct Segment;

// The Segmentos section's two exports, each asking for a file (FileDialog, so tests answer it)
// and telling the manager the outcome through MessageBox.
namespace SegmentExports {

// The members with every owners.csv column: Excel when the name ends in .xlsx, CSV otherwise.
void exportMembers(QWidget* parent, Database& database, const Segment& segment);
// The members reachable on `channel`, for a bulk-sending tool (CampaignExporter).
void exportCampaign(QWidget* parent, Database& database, const Segment& segment,
                    CampaignChannel channel);
QString channelLabel(CampaignChannel channel);

} // namespace SegmentExports
} // namespace huellas
