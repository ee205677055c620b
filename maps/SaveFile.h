// SPDX-License-Identifier: MIT
#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QSaveFile>
#include <QString>
#include <QStringList>

#include <memory>

class QIODevice;

namespace cs {

// Writes one file all or nothing (issue 17): the bytes go to a temporary file beside
// `path` that replaces it only when every write, the final flush and the commit
// succeeded. On any failure the earlier file at `path` is untouched and no temporary
// file is left. Errors name the path and the reason: "cannot write /x/y.csv: No space
// left on device". Refuses a target that exists and is not a regular file (a device, a
// FIFO, a folder): replacing /dev/null as root would be a disaster.
class SaveFile
{
    Q_DECLARE_TR_FUNCTIONS(cs::SaveFile)
public:
    explicit SaveFile(const QString &path);
    ~SaveFile(); // cancels when not committed
    SaveFile(const SaveFile &) = delete;
    SaveFile &operator=(const SaveFile &) = delete;

    // QIODevice::WriteOnly plus `extraMode` (e.g. QIODevice::Text).
    bool open(QIODevice::OpenMode extraMode = {});
    // False (and the first error kept) unless every byte was taken; a short write (what
    // a file system that fills up returns first) is retried, so the reason is known.
    bool write(const char *data, qint64 size);
    bool write(const QByteArray &bytes) { return write(bytes.constData(), bytes.size()); }
    // The open file for writers that take a device (QPdfWriter, QSvgGenerator,
    // QTextStream, PngWriter): every write goes through write() above, so a short write
    // that such a writer ignores still fails commit(). Null before open().
    QIODevice *device() { return m_device.get(); }
    // A failure of whatever produces the bytes (an encoder, a download): commit() cancels.
    // The device's own error, when it has one, is reported instead of `reason`.
    void fail(const QString &reason);
    // Flushes and checks the flush and the device's error state, then replaces `path`.
    // On any earlier or present failure: cancels (old file kept, nothing partial left)
    // and returns false.
    bool commit();
    // Discards what was written; the old file stays.
    void cancel();

    bool failed() const { return !m_error.isEmpty(); }
    // "cannot write PATH: REASON", empty while nothing failed.
    QString errorString() const { return m_error; }
    QString path() const { return m_path; }

private:
    void setError(const QString &reason);

    QString m_path;
    QSaveFile m_file;
    std::unique_ptr<QIODevice> m_device; // on top of m_file
    QString m_error;
    bool m_done = false;
};

// `bytes` into `path` with SaveFile; false with "cannot write PATH: REASON" in *error.
bool saveFile(const QString &path, const QByteArray &bytes, QString *error);

// Why `output` must not be written, for the command line before anything is read or
// drawn (callers exit 2 on false): it is a device, a FIFO, a socket or a folder, or it is
// the same file as one of `inputs` (same inode, also through symlinks and hard links).
// A missing output is fine; empty inputs are skipped. "-" (standard output) is fine.
bool checkOutputPath(const QString &output, const QStringList &inputs, QString *error);
// False when `output` (after resolving "..", and symlinks of the folders that exist)
// lies outside `folder`, e.g. a batch figure whose output climbs out of the spec's folder.
bool checkInsideFolder(const QString &output, const QString &folder, QString *error);

} // namespace cs
