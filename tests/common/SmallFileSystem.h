// SPDX-License-Identifier: MIT
#pragma once

// A 256 KiB tmpfs mounted below /tmp for full-disk tests (issue 17), unmounted on
// destruction. Needs root; mountPoint() is empty and whyNot() says why otherwise.
#include <QByteArray>
#include <QDir>
#include <QFile>
#include <QProcess>
#include <QString>
#include <QTemporaryDir>

#include <unistd.h>

namespace cs::test {

class SmallFileSystem
{
public:
    SmallFileSystem()
    {
        const QString point = m_dir.filePath(QStringLiteral("small"));
        if (!m_dir.isValid() || !QDir().mkpath(point)) {
            m_whyNot = QStringLiteral("no temporary folder below /tmp");
            return;
        }
        if (::geteuid() != 0) {
            m_whyNot = QStringLiteral("mounting a small tmpfs needs root");
            return;
        }
        QProcess mount;
        mount.start(QStringLiteral("mount"), {QStringLiteral("-t"), QStringLiteral("tmpfs"), QStringLiteral("-o"),
                                              QStringLiteral("size=256k"), QStringLiteral("tmpfs"), point});
        if (!mount.waitForFinished(10000) || mount.exitStatus() != QProcess::NormalExit || mount.exitCode() != 0) {
            m_whyNot = QStringLiteral("mount -t tmpfs failed here (%1)")
                           .arg(QString::fromLocal8Bit(mount.readAllStandardError()).trimmed());
            return;
        }
        m_point = point;
    }
    ~SmallFileSystem()
    {
        if (!m_point.isEmpty())
            QProcess::execute(QStringLiteral("umount"), {m_point});
    }
    SmallFileSystem(const SmallFileSystem &) = delete;
    SmallFileSystem &operator=(const SmallFileSystem &) = delete;

    QString mountPoint() const { return m_point; }
    QString whyNot() const { return m_whyNot; }

    // Fills the file system to the last byte with a file named "filler".
    bool fill() const
    {
        QFile filler(QDir(m_point).filePath(QStringLiteral("filler")));
        if (!filler.open(QIODevice::WriteOnly | QIODevice::Unbuffered))
            return false;
        const QByteArray block(4096, 'x');
        while (filler.write(block) == block.size()) {
        }
        while (filler.write(block.constData(), 1) == 1) {
        }
        return true;
    }

private:
    QTemporaryDir m_dir{QStringLiteral("/tmp/cs-small-XXXXXX")};
    QString m_point;
    QString m_whyNot;
};

} // namespace cs::test
