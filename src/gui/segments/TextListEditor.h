#pragma once

#include "RuleValueEditor.h"

#include <QStringList>

namespace huellas {

class TagChipEditor;

// Free text values (tags, cities, neighbourhoods, languages) as chips, typed with completion
// from the values in use so the rule spells them as the owners have them.
class TextListEditor final : public RuleValueEditor
{
    Q_OBJECT

public:
    TextListEditor(const QString& placeholder, const QStringList& suggestions,
                   QWidget* parent = nullptr);

    QJsonValue value() const override;
    void setValue(const QJsonValue& value) override;
    TagChipEditor* chips() const { return m_chips; }

private:
    TagChipEditor* m_chips;
};

} // namespace huellas
