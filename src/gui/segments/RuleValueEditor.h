#pragma once

#include <QJsonValue>
#include <QWidget>

namespace huellas {

// The widget that edits one rule key's value, in the JSON form the rule engine reads
// (SegmentRules::parse checks it; the editor does not).
class RuleValueEditor : public QWidget
{
    Q_OBJECT

public:
    using QWidget::QWidget;

    virtual QJsonValue value() const = 0;
    virtual void setValue(const QJsonValue& value) = 0;

signals:
    void changed();
};

} // namespace huellas
