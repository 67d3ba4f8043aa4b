#include "core/agent/coberturareader.h"

#include <QRegularExpression>
#include <QXmlStreamReader>

#include <optional>

namespace mlops::agent {

namespace {

class Reader {
public:
    explicit Reader(const QByteArray &xml) : m_xml(xml) {}

    QXmlStreamReader &xml() { return m_xml; }

    // The attribute as a number; nullopt when absent; an error (raised) when not a number.
    std::optional<double> number(QLatin1String name)
    {
        const QXmlStreamAttributes attributes = m_xml.attributes();
        if (!attributes.hasAttribute(name))
            return std::nullopt;
        const QString text = attributes.value(name).toString().trimmed();
        bool ok = false;
        const double value = text.toDouble(&ok);
        if (!ok || value < 0) {
            m_xml.raiseError(QStringLiteral("the attribute %1=\"%2\" of <%3> is not a number")
                                 .arg(QString(name), text, m_xml.name().toString()));
            return std::nullopt;
        }
        return value;
    }

    // <line …/>: adds its line and branch counts.
    void readLine(runs::CoverageCounts &counts)
    {
        const std::optional<double> hits = number(QLatin1String("hits"));
        ++counts.linesValid;
        if (hits && *hits > 0)
            ++counts.linesCovered;
        const QXmlStreamAttributes attributes = m_xml.attributes();
        if (attributes.value(QLatin1String("branch")).compare(QLatin1String("true"), Qt::CaseInsensitive) == 0) {
            static const QRegularExpression fraction(QStringLiteral("\\((\\d+)\\s*/\\s*(\\d+)\\)"));
            const QRegularExpressionMatch match =
                fraction.match(attributes.value(QLatin1String("condition-coverage")).toString());
            if (match.hasMatch()) {
                counts.branchesCovered += match.captured(1).toLongLong();
                counts.branchesValid += match.captured(2).toLongLong();
            }
        }
        m_xml.skipCurrentElement();
    }

    // <class>: its own <lines>, not those under <methods>.
    runs::CoverageEntry readClass(const QString &package)
    {
        runs::CoverageEntry entry;
        entry.package = package;
        const QXmlStreamAttributes attributes = m_xml.attributes();
        entry.className = attributes.value(QLatin1String("name")).toString();
        entry.fileName = attributes.value(QLatin1String("filename")).toString();
        if (entry.className.isEmpty())
            entry.className = entry.fileName;
        while (m_xml.readNextStartElement()) {
            if (m_xml.name() != QLatin1String("lines")) {
                m_xml.skipCurrentElement();
                continue;
            }
            while (m_xml.readNextStartElement()) {
                if (m_xml.name() == QLatin1String("line"))
                    readLine(entry.counts);
                else
                    m_xml.skipCurrentElement();
            }
        }
        return entry;
    }

    // <package>: a package row followed by its class rows.
    void readPackage(QList<runs::CoverageEntry> &entries, runs::CoverageCounts &total)
    {
        runs::CoverageEntry package;
        package.package = m_xml.attributes().value(QLatin1String("name")).toString();
        const qsizetype packageRow = entries.size();
        entries.append(package);
        while (m_xml.readNextStartElement()) {
            if (m_xml.name() != QLatin1String("classes")) {
                m_xml.skipCurrentElement();
                continue;
            }
            while (m_xml.readNextStartElement()) {
                if (m_xml.name() != QLatin1String("class")) {
                    m_xml.skipCurrentElement();
                    continue;
                }
                const runs::CoverageEntry entry = readClass(package.package);
                entries[packageRow].counts += entry.counts;
                entries.append(entry);
            }
        }
        total += entries.at(packageRow).counts;
    }

private:
    QXmlStreamReader m_xml;
};

}  // namespace

CoberturaParseResult CoberturaReader::parse(const QByteArray &xml)
{
    CoberturaParseResult parsed;
    runs::CoverageReport &report = parsed.report;
    report.tool = QStringLiteral("Cobertura");
    Reader reader(xml);
    QXmlStreamReader &x = reader.xml();
    runs::CoverageCounts sums;
    std::optional<double> lineRate, branchRate, linesCovered, linesValid, branchesCovered, branchesValid;
    if (x.readNextStartElement()) {
        if (x.name() == QLatin1String("coverage")) {
            lineRate = reader.number(QLatin1String("line-rate"));
            branchRate = reader.number(QLatin1String("branch-rate"));
            linesCovered = reader.number(QLatin1String("lines-covered"));
            linesValid = reader.number(QLatin1String("lines-valid"));
            branchesCovered = reader.number(QLatin1String("branches-covered"));
            branchesValid = reader.number(QLatin1String("branches-valid"));
            while (!x.hasError() && x.readNextStartElement()) {
                if (x.name() != QLatin1String("packages")) {
                    x.skipCurrentElement();
                    continue;
                }
                while (x.readNextStartElement()) {
                    if (x.name() == QLatin1String("package"))
                        reader.readPackage(report.entries, sums);
                    else
                        x.skipCurrentElement();
                }
            }
            // Read to the end so trailing garbage is reported too.
            while (!x.atEnd() && !x.hasError())
                x.readNext();
        } else {
            x.raiseError(QStringLiteral("the root element <%1> is not <coverage>: this is not a Cobertura report")
                             .arg(x.name().toString()));
        }
    }
    if (!x.hasError() && x.tokenType() == QXmlStreamReader::Invalid)
        x.raiseError(QStringLiteral("the file is empty"));
    if (x.hasError()) {
        parsed.report.entries.clear();
        parsed.error = x.errorString();
        parsed.line = int(x.lineNumber());
        parsed.column = int(x.columnNumber()) + 1;  // QXmlStreamReader counts columns from 0
        return parsed;
    }
    report.counts = sums;
    if (linesValid && linesCovered) {
        report.counts.linesValid = qint64(*linesValid);
        report.counts.linesCovered = qint64(*linesCovered);
    }
    if (branchesValid && branchesCovered) {
        report.counts.branchesValid = qint64(*branchesValid);
        report.counts.branchesCovered = qint64(*branchesCovered);
    }
    report.lineRate = lineRate.value_or(report.counts.lineRate().value_or(0.0));
    report.branchRate = branchRate.value_or(report.counts.branchRate().value_or(0.0));
    return parsed;
}

}  // namespace mlops::agent
