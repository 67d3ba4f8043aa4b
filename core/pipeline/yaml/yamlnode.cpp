#include "core/pipeline/yaml/yamlnode.h"

namespace mlops::pipeline {

struct YamlNode::Data {
    Kind kind = Kind::Null;
    Style style = Style::Plain;
    SourcePos pos;
    QString text;
    QList<YamlNode> items;
    QList<YamlPair> entries;
};

const std::shared_ptr<const YamlNode::Data> &YamlNode::emptyData()
{
    static const std::shared_ptr<const Data> data = std::make_shared<const Data>();
    return data;
}

YamlNode::YamlNode() : m_data(emptyData()) {}

YamlNode::YamlNode(std::shared_ptr<const Data> data) : m_data(std::move(data)) {}

YamlNode YamlNode::null(SourcePos pos)
{
    auto d = std::make_shared<Data>();
    d->pos = std::move(pos);
    return YamlNode(std::move(d));
}

YamlNode YamlNode::scalar(QString text, SourcePos pos, Style style)
{
    auto d = std::make_shared<Data>();
    d->kind = Kind::Scalar;
    d->style = style;
    d->pos = std::move(pos);
    d->text = std::move(text);
    return YamlNode(std::move(d));
}

YamlNode YamlNode::sequence(QList<YamlNode> items, SourcePos pos)
{
    auto d = std::make_shared<Data>();
    d->kind = Kind::Sequence;
    d->pos = std::move(pos);
    d->items = std::move(items);
    return YamlNode(std::move(d));
}

YamlNode YamlNode::mapping(QList<YamlPair> entries, SourcePos pos)
{
    auto d = std::make_shared<Data>();
    d->kind = Kind::Mapping;
    d->pos = std::move(pos);
    d->entries = std::move(entries);
    return YamlNode(std::move(d));
}

YamlNode::Kind YamlNode::kind() const { return m_data->kind; }
const SourcePos &YamlNode::pos() const { return m_data->pos; }
const QString &YamlNode::text() const { return m_data->text; }
YamlNode::Style YamlNode::style() const { return m_data->style; }
const QList<YamlNode> &YamlNode::items() const { return m_data->items; }
const QList<YamlPair> &YamlNode::entries() const { return m_data->entries; }

qsizetype YamlNode::size() const
{
    switch (kind()) {
    case Kind::Sequence: return m_data->items.size();
    case Kind::Mapping: return m_data->entries.size();
    case Kind::Null:
    case Kind::Scalar: break;
    }
    return 0;
}

qsizetype YamlNode::indexOfKey(QStringView key) const
{
    const QList<YamlPair> &list = m_data->entries;
    for (qsizetype i = 0; i < list.size(); ++i) {
        if (list[i].first.isScalar() && list[i].first.text() == key)
            return i;
    }
    return -1;
}

std::optional<YamlNode> YamlNode::value(QStringView key) const
{
    const qsizetype i = indexOfKey(key);
    if (i < 0)
        return std::nullopt;
    return m_data->entries[i].second;
}

std::optional<bool> YamlNode::parseBool(QStringView text)
{
    static const char *const trueWords[] = {"true", "yes", "y", "on"};
    static const char *const falseWords[] = {"false", "no", "n", "off"};
    for (const char *w : trueWords) {
        if (text.compare(QLatin1String(w), Qt::CaseInsensitive) == 0)
            return true;
    }
    for (const char *w : falseWords) {
        if (text.compare(QLatin1String(w), Qt::CaseInsensitive) == 0)
            return false;
    }
    return std::nullopt;
}

std::optional<bool> YamlNode::toBool() const
{
    if (!isScalar())
        return std::nullopt;
    return parseBool(text());
}

std::optional<qint64> YamlNode::toInt() const
{
    if (!isScalar())
        return std::nullopt;
    QStringView t = QStringView(text()).trimmed();
    bool negative = false;
    if (t.startsWith(QLatin1Char('+')) || t.startsWith(QLatin1Char('-'))) {
        negative = t.front() == QLatin1Char('-');
        t = t.mid(1);
    }
    int base = 10;
    if (t.startsWith(QLatin1String("0x"), Qt::CaseInsensitive)) {
        base = 16;
        t = t.mid(2);
    } else if (t.startsWith(QLatin1String("0o"), Qt::CaseInsensitive)) {
        base = 8;
        t = t.mid(2);
    }
    if (t.isEmpty())
        return std::nullopt;
    for (QChar c : t) {
        const bool digit = base == 16 ? (c.isDigit() || QStringLiteral("abcdefABCDEF").contains(c))
                                      : (c >= QLatin1Char('0') && c < QLatin1Char(static_cast<char>('0' + base)));
        if (!digit)
            return std::nullopt;
    }
    bool ok = false;
    const qint64 v = t.toLongLong(&ok, base);
    if (!ok)
        return std::nullopt;
    return negative ? -v : v;
}

std::optional<QString> YamlNode::toString() const
{
    if (isScalar())
        return text();
    if (isNull())
        return QString();
    return std::nullopt;
}

bool YamlNode::isTemplateExpression() const
{
    if (!isScalar())
        return false;
    const QStringView t = QStringView(text()).trimmed();
    return t.startsWith(QLatin1String("${{")) && t.endsWith(QLatin1String("}}"));
}

YamlNode YamlNode::withPos(SourcePos pos) const
{
    auto d = std::make_shared<Data>(*m_data);
    d->pos = std::move(pos);
    return YamlNode(std::move(d));
}

bool YamlNode::sameTree(const YamlNode &other) const
{
    if (m_data == other.m_data)
        return true;
    if (kind() != other.kind())
        return false;
    switch (kind()) {
    case Kind::Null: return true;
    case Kind::Scalar: return text() == other.text();
    case Kind::Sequence:
        if (items().size() != other.items().size())
            return false;
        for (qsizetype i = 0; i < items().size(); ++i) {
            if (!items()[i].sameTree(other.items()[i]))
                return false;
        }
        return true;
    case Kind::Mapping:
        if (entries().size() != other.entries().size())
            return false;
        for (qsizetype i = 0; i < entries().size(); ++i) {
            if (!entries()[i].first.sameTree(other.entries()[i].first)
                || !entries()[i].second.sameTree(other.entries()[i].second))
                return false;
        }
        return true;
    }
    return false;
}

QString YamlNode::kindName(Kind kind)
{
    switch (kind) {
    case Kind::Null: return QStringLiteral("null");
    case Kind::Scalar: return QStringLiteral("a string");
    case Kind::Sequence: return QStringLiteral("a sequence");
    case Kind::Mapping: return QStringLiteral("a mapping");
    }
    return QString();
}

}  // namespace mlops::pipeline
