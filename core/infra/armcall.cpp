#include "armcall.h"

namespace mlops::infra {

namespace {

QString ordinal(int n)
{
    const int lastTwo = n % 100;
    if (lastTwo >= 11 && lastTwo <= 13)
        return QString::number(n) + QStringLiteral("th");
    switch (n % 10) {
    case 1:
        return QString::number(n) + QStringLiteral("st");
    case 2:
        return QString::number(n) + QStringLiteral("nd");
    case 3:
        return QString::number(n) + QStringLiteral("rd");
    default:
        return QString::number(n) + QStringLiteral("th");
    }
}

QString withArticle(const QString &typeName)
{
    const QChar first = typeName.isEmpty() ? QChar() : typeName.at(0).toLower();
    const bool vowel = first == u'a' || first == u'e' || first == u'i' || first == u'o' || first == u'u';
    return (vowel ? QStringLiteral("an ") : QStringLiteral("a ")) + typeName;
}

}  // namespace

Error ArmCall::fail(int i, const QString &message)
{
    m_failedArgument = i;
    return makeError(ErrorCode::InvalidInput, message);
}

QString ArmCall::describe(int i) const
{
    if (count() == 1)
        return QStringLiteral("the argument of %1()").arg(m_name);
    return QStringLiteral("the %1 argument of %2()").arg(ordinal(i + 1), m_name);
}

Error ArmCall::wrongType(int i, const QString &expected)
{
    return fail(i, QStringLiteral("%1 must be %2, not %3").arg(describe(i), expected, withArticle(at(i).typeName())));
}

Result<QString> ArmCall::string(int i)
{
    if (!at(i).isString())
        return wrongType(i, QStringLiteral("a String"));
    return at(i).toString();
}

Result<qint64> ArmCall::integer(int i)
{
    if (!at(i).isInteger())
        return wrongType(i, QStringLiteral("an Integer"));
    return at(i).toInteger();
}

Result<bool> ArmCall::boolean(int i)
{
    if (!at(i).isBool())
        return wrongType(i, QStringLiteral("a Bool"));
    return at(i).toBool();
}

Result<ArmArray> ArmCall::array(int i)
{
    if (!at(i).isArray())
        return wrongType(i, QStringLiteral("an Array"));
    return at(i).array();
}

}  // namespace mlops::infra
