#pragma once
// Test helper: finds files under a folder whose bytes contain a secret (as UTF-8 or
// UTF-16), so tests can prove a secret never reached the disk.

#include <QByteArray>
#include <QDirIterator>
#include <QFile>
#include <QStringList>

namespace mlops::library::test {

inline QStringList filesContaining(const QString &folder, const QString &secret)
{
    const QByteArray utf8 = secret.toUtf8();
    const QByteArray utf16(reinterpret_cast<const char *>(secret.utf16()), secret.size() * 2);
    QStringList hits;
    QDirIterator it(folder, QDir::Files | QDir::Hidden | QDir::System | QDir::NoDotAndDotDot, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString path = it.next();
        QFile f(path);
        if (!f.open(QIODevice::ReadOnly))
            continue;
        const QByteArray bytes = f.readAll();
        if (bytes.contains(utf8) || bytes.contains(utf16))
            hits.append(path);
    }
    return hits;
}

inline int countFiles(const QString &folder)
{
    int n = 0;
    QDirIterator it(folder, QDir::Files | QDir::Hidden | QDir::System | QDir::NoDotAndDotDot, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        it.next();
        ++n;
    }
    return n;
}

}  // namespace mlops::library::test
