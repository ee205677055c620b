// SPDX-License-Identifier: MIT
#include "maps/SaveFile.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>

#include <sys/stat.h>

namespace cs {

namespace {

// What a path that exists but is no regular file is; empty for a regular file.
QString notRegular(const struct stat &st)
{
    if (S_ISREG(st.st_mode))
        return {};
    if (S_ISDIR(st.st_mode))
        return SaveFile::tr("it is a folder");
    if (S_ISFIFO(st.st_mode))
        return SaveFile::tr("it is a FIFO (named pipe)");
    if (S_ISSOCK(st.st_mode))
        return SaveFile::tr("it is a socket");
    if (S_ISCHR(st.st_mode) || S_ISBLK(st.st_mode))
        return SaveFile::tr("it is a device");
    return SaveFile::tr("it is not a regular file");
}

// stat() following symlinks; false when `path` does not exist (or cannot be looked at).
bool statPath(const QString &path, struct stat *st)
{
    return ::stat(QFile::encodeName(path).constData(), st) == 0;
}

// `path` absolute, cleaned, with the symlinks of its longest existing ancestor resolved.
QString resolved(const QString &path)
{
    QString existing = QDir::cleanPath(QFileInfo(path).absoluteFilePath());
    QString rest;
    while (!existing.isEmpty() && !QFileInfo::exists(existing)) {
        const qsizetype slash = existing.lastIndexOf(QLatin1Char('/'));
        if (slash < 0)
            return QDir::cleanPath(QFileInfo(path).absoluteFilePath());
        rest = existing.mid(slash) + rest;
        existing = existing.left(slash);
        if (existing.isEmpty())
            existing = QStringLiteral("/");
    }
    const QString canonical = QFileInfo(existing).canonicalFilePath();
    return QDir::cleanPath((canonical.isEmpty() ? existing : canonical) + rest);
}

// What device() hands out: forwards to SaveFile::write(), which checks every byte count
// (QTextStream, for one, drops what a short write left over without an error).
class CheckedDevice : public QIODevice
{
public:
    explicit CheckedDevice(SaveFile *file) : m_file(file) { open(QIODevice::WriteOnly | QIODevice::Unbuffered); }
    bool isSequential() const override { return true; }

protected:
    qint64 readData(char *, qint64) override { return -1; }
    qint64 writeData(const char *data, qint64 len) override
    {
        if (m_file->write(data, len))
            return len;
        setErrorString(m_file->errorString());
        return -1;
    }

private:
    SaveFile *m_file;
};

} // namespace

SaveFile::SaveFile(const QString &path) : m_path(path), m_file(path) {}

SaveFile::~SaveFile()
{
    if (!m_done)
        cancel();
}

void SaveFile::setError(const QString &reason)
{
    if (m_error.isEmpty())
        m_error = tr("cannot write %1: %2").arg(QDir::toNativeSeparators(m_path), reason);
}

bool SaveFile::open(QIODevice::OpenMode extraMode)
{
    if (struct stat st; statPath(m_path, &st)) {
        if (const QString why = notRegular(st); !why.isEmpty()) {
            setError(why);
            m_done = true;
            return false;
        }
    }
    if (!m_file.open(QIODevice::WriteOnly | extraMode)) {
        setError(m_file.errorString());
        m_done = true;
        return false;
    }
    m_device = std::make_unique<CheckedDevice>(this);
    return true;
}

bool SaveFile::write(const char *data, qint64 size)
{
    if (failed())
        return false;
    if (!m_file.isOpen()) {
        setError(tr("the file is not open"));
        return false;
    }
    qint64 done = 0;
    while (done < size) {
        const qint64 written = m_file.write(data + done, size - done);
        if (written <= 0) {
            setError(m_file.error() != QFileDevice::NoError
                         ? m_file.errorString()
                         : tr("only %1 of %2 bytes were written").arg(done).arg(size));
            return false;
        }
        done += written;
    }
    return true;
}

void SaveFile::fail(const QString &reason)
{
    // A producer writing to device() fails because the device did: say why.
    setError(m_file.error() != QFileDevice::NoError ? m_file.errorString() : reason);
}

bool SaveFile::commit()
{
    if (m_done)
        return !failed();
    if (!m_file.isOpen())
        setError(tr("the file is not open"));
    // QSaveFile::commit() renames even when the last flush failed (its own check only
    // sees failures of write()), so flush here and look at the device's state first.
    if (!failed() && (!m_file.flush() || m_file.error() != QFileDevice::NoError))
        setError(m_file.errorString());
    if (failed()) {
        cancel();
        return false;
    }
    m_done = true;
    if (!m_file.commit()) {
        setError(m_file.errorString());
        return false;
    }
    return true;
}

void SaveFile::cancel()
{
    m_done = true;
    if (!m_file.isOpen())
        return;
    m_file.cancelWriting();
    m_file.commit(); // with the write cancelled: removes the temporary file, keeps `path`
}

bool saveFile(const QString &path, const QByteArray &bytes, QString *error)
{
    SaveFile file(path);
    if (file.open() && file.write(bytes) && file.commit())
        return true;
    if (error)
        *error = file.errorString();
    return false;
}

bool checkOutputPath(const QString &output, const QStringList &inputs, QString *error)
{
    if (output.isEmpty() || output == QLatin1String("-"))
        return true;
    struct stat out;
    if (!statPath(output, &out))
        return true; // a new file cannot be one of the inputs
    if (const QString why = notRegular(out); !why.isEmpty()) {
        if (error)
            *error = SaveFile::tr("cannot write %1: %2").arg(QDir::toNativeSeparators(output), why);
        return false;
    }
    for (const QString &input : inputs) {
        struct stat in;
        if (input.isEmpty() || !statPath(input, &in))
            continue;
        if (in.st_dev == out.st_dev && in.st_ino == out.st_ino) {
            if (error)
                *error = SaveFile::tr("cannot write %1: it is the input %2; writing it would "
                                      "destroy it, choose another output")
                             .arg(QDir::toNativeSeparators(output), QDir::toNativeSeparators(input));
            return false;
        }
    }
    return true;
}

bool checkInsideFolder(const QString &output, const QString &folder, QString *error)
{
    const QString dir = resolved(folder);
    const QString file = resolved(output);
    const QString prefix = dir.endsWith(QLatin1Char('/')) ? dir : dir + QLatin1Char('/');
    if (file.startsWith(prefix) && file.size() > prefix.size())
        return true;
    if (error)
        *error = SaveFile::tr("cannot write %1: it is outside the folder %2")
                     .arg(QDir::toNativeSeparators(file), QDir::toNativeSeparators(dir));
    return false;
}

} // namespace cs
