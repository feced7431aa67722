#pragma once

#include "core/Result.h"
#include "storage/OwnerFilter.h"

#include <QIODevice>
#include <QStringList>

namespace huellas {

class Database;

enum class CampaignChannel
{
    WhatsApp,
    Sms,
    Email
};

// A contact list for a bulk-sending tool: only the owners who accepted the channel and can be
// reached on it, one row each, with the contact ready to use — E.164 numbers (+529981234567)
// for WhatsApp and SMS, the address for email. A WhatsApp owner without a WhatsApp number is
// written with the phone; numbers that cannot be read as phone numbers are left out.
class CampaignExporter final
{
public:
    explicit CampaignExporter(Database& database) : m_database(database) {}

    // external_id, first_name, last_name, contact, preferred_language
    static QStringList columns();

    // All or nothing: written next to `path` and moved over it once complete, with a UTF-8 BOM
    // for Excel. Returns the number of contacts written.
    Result<int> exportToFile(const QString& path, CampaignChannel channel,
                             const OwnerFilter& filter = {});
    // To an open device, without a BOM.
    Result<int> write(QIODevice& device, CampaignChannel channel, const OwnerFilter& filter = {});

private:
    Database& m_database;
};

} // namespace huellas
