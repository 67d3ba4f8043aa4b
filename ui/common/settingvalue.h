#pragma once
// SettingValue<T>: a typed handle on one QSettings entry — the key and the default live
// together in ui/common/settings.cpp, so no "some/key" string is scattered in widgets.
// Reads fall back to the default when the entry is missing or cannot convert to T.
// Uses the application's QSettings (organization/application names set by main()).
// Thread: GUI thread.

#include <QSettings>
#include <QString>
#include <QVariant>

#include <utility>

namespace mlops::ui {

template <typename T>
class SettingValue {
public:
    SettingValue(QString key, T defaultValue) : m_key(std::move(key)), m_default(std::move(defaultValue)) {}

    QString key() const { return m_key; }
    T defaultValue() const { return m_default; }

    T get() const
    {
        const QVariant value = QSettings().value(m_key);
        if (!value.isValid() || !value.template canConvert<T>())
            return m_default;
        return value.template value<T>();
    }
    void set(const T &value) const { QSettings().setValue(m_key, QVariant::fromValue(value)); }
    void reset() const { QSettings().remove(m_key); }

private:
    QString m_key;
    T m_default;
};

}  // namespace mlops::ui
