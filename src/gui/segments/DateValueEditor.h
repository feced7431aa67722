#pragma once

#include "RuleValueEditor.h"

class QDateEdit;

namespace huellas {

// A calendar date shown dd/MM/yyyy as the desk writes it; the JSON value is YYYY-MM-DD.
class DateValueEditor final : public RuleValueEditor
{
    Q_OBJECT

public:
    explicit DateValueEditor(QWidget* parent = nullptr);

    QJsonValue value() const override;
    void setValue(const QJsonValue& value) override;
    QDateEdit* dateEdit() const { return m_edit; }

private:
    QDateEdit* m_edit;
};

} // namespace huellas
