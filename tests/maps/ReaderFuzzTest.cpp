// SPDX-License-Identifier: MIT
// A bounded, deterministic mutation test of the four table readers (issue 6, item 6):
// real seed files mutated with byte flips, truncation, NUL / 0xFF insertion, 100k-char
// lines, Latin-1 and UTF-16 re-encodings, BOMs, duplicated and dropped lines, separator
// swaps and splices, each fed to EurostatTable::parse, SdmxCsvReader::parse,
// JsonStatReader::parse and TableReader::parseLong. Every call must return (no crash,
// < 2 s) and every failure (ok == false) must carry at least one problem; every problem
// must have a message. A slow input is written to a temp file named in the failure; a
// crashing one to $TMPDIR/readerfuzz-crash.bin (signal handler, or ASan's death callback).
//
// Text encodings, as the readers behave (documented here, checked by explicitInputs):
// UTF-8 with or without BOM is read; UTF-16 (BOM) is refused with "the file is UTF-16"
// by the wide and SDMX readers and as "binary" (NUL bytes) by the others; Latin-1 is not
// detected: its accented bytes decode as U+FFFD. Codes are ASCII, so a Latin-1 file whose
// only accents are in labels parses correctly; an accented code becomes an unknown code,
// which NutsCodes::validate reports.
//
// CS_FUZZ_ITERATIONS overrides the number of mutants (default 3000, × 4 readers) and
// CS_FUZZ_SEED the random seed (default 20240611), for longer campaigns by hand.
#include "maps/EurostatTable.h"
#include "maps/JsonStatReader.h"
#include "maps/NutsCodes.h"
#include "maps/SdmxCsvReader.h"
#include "maps/TableReader.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QStringDecoder>
#include <QStringEncoder>
#include <QTemporaryFile>
#include <QTest>

#include <csignal>
#include <fcntl.h>
#include <iterator>
#include <random>
#include <unistd.h>

#if defined(__SANITIZE_ADDRESS__) // GCC -fsanitize=address (CS_SANITIZE)
#include <sanitizer/common_interface_defs.h>
#define CS_HAVE_SANITIZER 1
#endif

using namespace cs;

namespace {

// The input under test, for the crash handlers (plain storage: async-signal-safe to write).
QByteArray g_current;
char g_crashPath[512] = {0};

void dumpCurrent()
{
    if (!g_crashPath[0])
        return;
    const int fd = ::open(g_crashPath, O_WRONLY | O_CREAT | O_TRUNC, 0644);
    if (fd < 0)
        return;
    const ssize_t written = ::write(fd, g_current.constData(), size_t(g_current.size()));
    (void)written;
    ::close(fd);
}

extern "C" void onSignal(int sig)
{
    dumpCurrent();
    std::signal(sig, SIG_DFL);
    std::raise(sig);
}

struct Seed
{
    QString name;
    QByteArray bytes;
    EurostatTable::Options options;
};

QByteArray head(const QString &path, int lines)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    QByteArray out;
    for (int i = 0; i < lines && !f.atEnd(); ++i)
        out += f.readLine();
    return out;
}

QList<Seed> seeds()
{
    QList<Seed> list;
    EurostatTable::Options lfs;
    lfs.filters.insert(QStringLiteral("age"), QStringLiteral("Y15-64"));
    const QString shared = QStringLiteral(CS_SHARED_DATA_DIR);
    if (QByteArray b = head(shared + QStringLiteral("/sbs_r_nuts06_r2_2015_persons_employed.csv"), 60);
        !b.isEmpty())
        list.append({QStringLiteral("sbs_head.csv"), b, {}});
    if (QByteArray b = head(shared + QStringLiteral("/lfst_r_lfe2en2_2017vintage.tsv"), 40); !b.isEmpty()) {
        EurostatTable::Options o;
        o.filters.insert(QStringLiteral("unit"), QStringLiteral("THS"));
        o.filters.insert(QStringLiteral("age"), QStringLiteral("Y15-24"));
        list.append({QStringLiteral("lfs_head.tsv"), b, o});
    }
    const QDir data(QStringLiteral(CS_TEST_DATA_DIR));
    for (const QFileInfo &fi : data.entryInfoList({QStringLiteral("*.csv"), QStringLiteral("*.json")},
                                                  QDir::Files, QDir::Name)) {
        QFile f(fi.filePath());
        if (!f.open(QIODevice::ReadOnly))
            continue;
        const bool isLfs = fi.fileName().startsWith(QStringLiteral("lfst"));
        list.append({fi.fileName(), f.readAll(), isLfs ? lfs : EurostatTable::Options{}});
    }
    // A long table for TableReader::parseLong, with an accented label column.
    list.append({QStringLiteral("long.csv"),
                 QByteArray("geo,name,nace_r2,TIME_PERIOD,OBS_VALUE,OBS_FLAG\n"
                            "FR10,\xc3\x8ele-de-France,C,2015,123.5,\n"
                            "FR10,\xc3\x8ele-de-France,J,2015,:,c\n"
                            "ITC4,Lombardia,C,2015,\"1,5\",e\n"
                            "ITC4,Lombardia,J,2015,77,\n"),
                 {}});
    return list;
}

TableReader::Options longOptions(const EurostatTable::Options &eurostat)
{
    TableReader::Options o;
    o.eurostat = eurostat;
    QString error;
    TableReader::parseColumnMapping(QStringLiteral("region=geo,industry=nace_r2,year=TIME_PERIOD,"
                                                   "value=OBS_VALUE,flag=OBS_FLAG"),
                                    &o.columns, &error);
    return o;
}

QList<QByteArray> splitLines(const QByteArray &b)
{
    QList<QByteArray> lines = b.split('\n');
    return lines;
}

QByteArray joinLines(const QList<QByteArray> &lines)
{
    QByteArray out;
    for (qsizetype i = 0; i < lines.size(); ++i) {
        if (i)
            out += '\n';
        out += lines[i];
    }
    return out;
}

class Mutator
{
public:
    explicit Mutator(quint32 seed) : m_rng(seed) {}

    int below(int n) { return n <= 0 ? 0 : int(m_rng() % quint32(n)); }

    QByteArray mutate(QByteArray b, const QList<Seed> &all)
    {
        const int rounds = 1 + below(3);
        for (int r = 0; r < rounds; ++r)
            b = once(std::move(b), all);
        return b;
    }

private:
    qsizetype pos(const QByteArray &b) { return b.isEmpty() ? 0 : qsizetype(m_rng() % quint64(b.size() + 1)); }

    QByteArray once(QByteArray b, const QList<Seed> &all)
    {
        switch (below(16)) {
        case 0: // bit flips
            for (int i = 0, n = 1 + below(8); i < n && !b.isEmpty(); ++i)
                b[below(int(b.size()))] ^= char(1 << below(8));
            return b;
        case 1: // random bytes
            for (int i = 0, n = 1 + below(4); i < n && !b.isEmpty(); ++i)
                b[below(int(b.size()))] = char(below(256));
            return b;
        case 2: // truncation
            return b.left(pos(b));
        case 3:
            return b.insert(pos(b), '\0');
        case 4:
            return b.insert(pos(b), QByteArray(1 + below(3), '\xff'));
        case 5: { // a 100k-char line
            if (below(4) != 0) // keep them rarer: they dominate the run time
                return b;
            static const char fill[] = {'A', ',', '"', '7', '\t', ';', ' ', ':', '{', '['};
            QByteArray huge(100000, fill[below(int(sizeof fill))]);
            const qsizetype at = below(2) ? b.size() : qMax<qsizetype>(0, b.indexOf('\n') + 1);
            return b.insert(at, huge + '\n');
        }
        case 6: // Latin-1 re-encoding (accents become single bytes)
            return QString::fromUtf8(b).toLatin1();
        case 7: { // UTF-16, LE or BE, with or without BOM
            QStringEncoder enc(below(2) ? QStringEncoder::Utf16LE : QStringEncoder::Utf16BE,
                               below(2) ? QStringConverter::Flag::WriteBom
                                        : QStringConverter::Flag::Default);
            return QByteArray(enc(QString::fromUtf8(b)));
        }
        case 8: { // a BOM in front
            static const QByteArray boms[] = {QByteArray("\xef\xbb\xbf"), QByteArray("\xff\xfe"),
                                              QByteArray("\xfe\xff"),
                                              QByteArray("\xff\xfe\x00\x00", 4)};
            return boms[below(4)] + b;
        }
        case 9: { // duplicated lines
            QList<QByteArray> lines = splitLines(b);
            for (int i = 0, n = 1 + below(3); i < n; ++i) {
                const int l = below(int(lines.size()));
                lines.insert(l, lines[l]);
            }
            return joinLines(lines);
        }
        case 10: { // dropped line
            QList<QByteArray> lines = splitLines(b);
            if (lines.size() > 1)
                lines.removeAt(below(int(lines.size())));
            return joinLines(lines);
        }
        case 11: { // separator / structural character swap
            static const char chars[] = {',', ';', '\t', '"', '\n', '\r', ':', '{', '}', '[', ']', '\\', ' '};
            for (int i = 0, n = 1 + below(4); i < n && !b.isEmpty(); ++i)
                b[below(int(b.size()))] = chars[below(int(sizeof chars))];
            return b;
        }
        case 12: { // splice with another seed
            const QByteArray &other = all[below(int(all.size()))].bytes;
            return b.left(pos(b)) + other.mid(pos(other));
        }
        case 13: { // number-ish tokens: huge, negative, exponents, NaN
            static const char *tokens[] = {"1e999", "-1", "99999999999999999999", "NaN", "Infinity",
                                           "0x1F", "1e12", "4294967296", "-0", "2015.5", "null"};
            return b.insert(pos(b), tokens[below(int(std::size(tokens)))]);
        }
        case 14: // CRLF line ends
            return b.replace("\n", "\r\n");
        default: { // invalid UTF-8 sequences
            static const QByteArray bad[] = {QByteArray("\xc3"), QByteArray("\xe2\x82"),
                                             QByteArray("\xed\xa0\x80"), QByteArray("\xc0\xaf"),
                                             QByteArray("\xf4\x90\x80\x80")};
            return b.insert(pos(b), bad[below(5)]);
        }
        }
    }

    std::mt19937 m_rng;
};

QString dump(const StatTable &t)
{
    QStringList lines;
    for (const InputProblem &p : t.problems)
        lines.append(p.toString());
    return lines.join(QLatin1Char('\n'));
}

QString saveInput(const QByteArray &bytes, const QString &reader)
{
    QTemporaryFile f(QDir::tempPath() + QStringLiteral("/readerfuzz-") + reader +
                     QStringLiteral("-XXXXXX.bin"));
    f.setAutoRemove(false);
    if (!f.open())
        return QStringLiteral("(could not write the input)");
    f.write(bytes);
    return f.fileName();
}

enum Reader { Wide, Sdmx, JsonStat, Long, ReaderCount };
const char *const kReaderNames[] = {"EurostatTable", "SdmxCsvReader", "JsonStatReader",
                                    "TableReader-long"};

StatTable runReader(Reader r, const QByteArray &bytes, const EurostatTable::Options &options)
{
    const QString name = QStringLiteral("fuzz");
    switch (r) {
    case Wide: return EurostatTable::parse(bytes, name, options);
    case Sdmx: return SdmxCsvReader::parse(bytes, name, options);
    case JsonStat: return JsonStatReader::parse(bytes, name, options);
    default: return TableReader::parseLong(bytes, name, longOptions(options));
    }
}

// Checks the contract; returns an empty string when kept, else what went wrong.
QString check(Reader r, const QByteArray &bytes, const EurostatTable::Options &options,
              qint64 *elapsedMs = nullptr, StatTable *out = nullptr)
{
    g_current = bytes;
    QElapsedTimer timer;
    timer.start();
    StatTable t = runReader(r, bytes, options);
    const qint64 ms = timer.elapsed();
    if (elapsedMs)
        *elapsedMs = ms;
    QString why;
    if (ms >= 2000)
        why = QStringLiteral("took %1 ms").arg(ms);
    else if (!t.ok && t.problems.isEmpty())
        why = QStringLiteral("failed without a problem");
    else if (t.ok && t.records.isEmpty())
        why = QStringLiteral("ok without records");
    for (const InputProblem &p : t.problems)
        if (why.isEmpty() && p.message.trimmed().isEmpty())
            why = QStringLiteral("a problem without a message");
    if (!why.isEmpty())
        why = QLatin1String(kReaderNames[r]) + QStringLiteral(": ") + why + QStringLiteral("; input in ") +
              saveInput(bytes, QLatin1String(kReaderNames[r])) + QStringLiteral("\n") + dump(t).left(2000);
    if (out)
        *out = std::move(t);
    return why;
}

QByteArray utf16(const QByteArray &utf8, bool littleEndian, bool bom)
{
    QStringEncoder enc(littleEndian ? QStringEncoder::Utf16LE : QStringEncoder::Utf16BE,
                       bom ? QStringConverter::Flag::WriteBom : QStringConverter::Flag::Default);
    return enc(QString::fromUtf8(utf8));
}

// Three dimensions of 2000 categories each and one value: 8e9 cells (moc cannot read
// unbalanced braces in raw strings inside the test class, hence out here).
QByteArray explodingJsonStat()
{
    QByteArray json(R"({"id":["nace_r2","geo","time"],"size":[2000,2000,2000],"dimension":{)");
    const char *names[] = {"nace_r2", "geo", "time"};
    for (int d = 0; d < 3; ++d) {
        json += QByteArray(d ? "," : "") + '"' + names[d] + R"(":{"category":{"index":[)";
        for (int i = 0; i < 2000; ++i)
            json += (i ? ",\"" : "\"") + QByteArray::number(d == 2 ? 1000 + i : i) + '"';
        json += "]}}";
    }
    json += R"(},"value":{"0":1}})";
    return json;
}

} // namespace

class ReaderFuzzTest : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase()
    {
        const QByteArray path = QDir::toNativeSeparators(QDir::tempPath()).toLocal8Bit() +
                                "/readerfuzz-crash.bin";
        qstrncpy(g_crashPath, path.constData(), sizeof g_crashPath);
        std::signal(SIGSEGV, onSignal);
        std::signal(SIGABRT, onSignal);
        std::signal(SIGFPE, onSignal);
        std::signal(SIGBUS, onSignal);
#ifdef CS_HAVE_SANITIZER
        __sanitizer_set_death_callback(dumpCurrent);
#endif
    }

    void mutations()
    {
        const QList<Seed> all = seeds();
        QVERIFY2(all.size() >= 6, "seed files missing");
        const int iterations = qEnvironmentVariableIsSet("CS_FUZZ_ITERATIONS")
                                   ? qEnvironmentVariableIntValue("CS_FUZZ_ITERATIONS")
                                   : 3000;
        const quint32 seedValue = qEnvironmentVariableIsSet("CS_FUZZ_SEED")
                                      ? quint32(qEnvironmentVariableIntValue("CS_FUZZ_SEED"))
                                      : 20240611u;
        Mutator mutator(seedValue);
        QElapsedTimer total;
        total.start();
        int calls = 0, failures = 0;
        qint64 slowest = 0;
        int counts[ReaderCount] = {0, 0, 0, 0};
        for (int i = 0; i < iterations; ++i) {
            const Seed &seed = all[mutator.below(int(all.size()))];
            const QByteArray input = mutator.mutate(seed.bytes, all);
            for (int r = 0; r < ReaderCount; ++r) {
                qint64 ms = 0;
                StatTable t;
                const QString why = check(Reader(r), input, seed.options, &ms, &t);
                QVERIFY2(why.isEmpty(),
                         qPrintable(QStringLiteral("mutant %1 of %2: ").arg(i).arg(seed.name) + why));
                slowest = qMax(slowest, ms);
                ++calls;
                failures += t.ok ? 0 : 1;
                counts[r] += t.ok ? 1 : 0;
            }
            // The UTF-8 check of TableReader::read agrees with Qt's decoder and points
            // inside the input; the column guess of the import dialog copes with anything.
            const auto notUtf8 = TableReader::checkUtf8(input, QStringLiteral("fuzz"));
            const bool replaced = QString::fromUtf8(input).contains(QChar(0xfffd)) &&
                                  !input.contains("\xef\xbf\xbd");
            QVERIFY2(bool(notUtf8) == replaced || input.contains("\xef\xbf\xbd"),
                     qPrintable(QStringLiteral("mutant %1: checkUtf8 disagrees with QString::fromUtf8 (%2)")
                                    .arg(i)
                                    .arg(saveInput(input, QStringLiteral("utf8")))));
            if (notUtf8)
                QVERIFY(notUtf8->line >= 1 && notUtf8->line <= input.count('\n') + 1 && notUtf8->column >= 1);
            const TableReader::Preview preview = [&] {
                TableReader::Preview p;
                const QList<QByteArray> lines = input.left(4096).split('\n');
                p.header = QString::fromUtf8(lines.first()).split(QLatin1Char(','));
                for (qsizetype l = 1; l < lines.size(); ++l)
                    p.rows.append(QString::fromUtf8(lines[l]).split(QLatin1Char(',')));
                return p;
            }();
            const QHash<QString, QString> guess = TableReader::guessColumns(preview.header, preview.rows);
            for (auto it = guess.begin(); it != guess.end(); ++it)
                QVERIFY(preview.header.contains(it.value()));
        }
        qInfo("%d reader calls on %d mutants in %lld ms (slowest %lld ms); %d failed cleanly; "
              "parsed ok: wide %d, sdmx %d, json-stat %d, long %d",
              calls, iterations, total.elapsed(), slowest, failures, counts[Wide], counts[Sdmx],
              counts[JsonStat], counts[Long]);
        if (!qEnvironmentVariableIsSet("CS_FUZZ_ITERATIONS"))
            QVERIFY(calls >= 10000);
    }

    void explicitInputs_data()
    {
        QTest::addColumn<int>("reader");
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<bool>("ok");
        QTest::addColumn<QString>("message"); // a problem must contain it; empty: no check

        const QByteArray wide("nace_r2;geo;n2015\nB;AT;7089\nB;FR10;2343\n");
        const QByteArray sdmx("DATAFLOW,LAST UPDATE,freq,nace_r2,geo,TIME_PERIOD,OBS_VALUE,OBS_FLAG\n"
                              "ESTAT:X(1.0),25/04/24,A,C,FR10,2015,12,\n"
                              "ESTAT:X(1.0),25/04/24,A,C,ITC4,2015,13,e\n");
        const QByteArray json(R"({"version":"2.0","class":"dataset","id":["nace_r2","geo","time"],
            "size":[1,2,1],"dimension":{"nace_r2":{"category":{"index":{"C":0}}},
            "geo":{"category":{"index":{"FR10":0,"ITC4":1}}},"time":{"category":{"index":{"2015":0}}}},
            "value":[1.5,2.5]})");
        const QByteArray longCsv("geo,nace_r2,TIME_PERIOD,OBS_VALUE,OBS_FLAG\nFR10,C,2015,12,\n"
                                 "ITC4,C,2015,13,e\n");
        const struct
        {
            Reader reader;
            const char *name;
            QByteArray good;
            const char *utf16Message;
        } readers[] = {{Wide, "wide", wide, "UTF-16"},
                       {Sdmx, "sdmx", sdmx, "UTF-16"},
                       {JsonStat, "jsonstat", json, "UTF-16"},
                       {Long, "long", longCsv, "UTF-16"}};
        const QByteArray hugeLine(100000, 'x');
        for (const auto &r : readers) {
            auto row = [&](const char *what) {
                return &QTest::newRow(qPrintable(QStringLiteral("%1 %2").arg(QLatin1String(r.name),
                                                                             QLatin1String(what))));
            };
            *row("good") << int(r.reader) << r.good << true << QString();
            *row("empty") << int(r.reader) << QByteArray() << false << QStringLiteral("empty");
            *row("binary") << int(r.reader) << QByteArray("\x7f" "ELF\x02\x01\x01\0\0\0\xff\xfe", 12)
                           << false << QStringLiteral("binary");
            *row("utf-8 bom") << int(r.reader) << QByteArray("\xef\xbb\xbf") + r.good << true << QString();
            *row("utf-16le bom") << int(r.reader) << utf16(r.good, true, true) << false
                                 << QString::fromLatin1(r.utf16Message);
            *row("utf-16be bom") << int(r.reader) << utf16(r.good, false, true) << false
                                 << QString::fromLatin1(r.utf16Message);
            *row("utf-16le") << int(r.reader) << utf16(r.good, true, false) << false
                             << QStringLiteral("binary");
            *row("utf-16be") << int(r.reader) << utf16(r.good, false, false) << false
                             << QStringLiteral("binary");
            *row("huge line") << int(r.reader) << r.good + hugeLine + "\n" << (r.reader != JsonStat)
                              << QString();
            *row("huge header") << int(r.reader) << hugeLine + "\n" + r.good << false << QString();
        }
        // Truncations with a clear message.
        *&QTest::newRow("wide truncated mid-row")
            << int(Wide) << QByteArray("nace_r2;geo;n2014;n2015\nB;AT;7089;12\nB;FR") << true
            << QStringLiteral("expected 4 cells, found 2");
        *&QTest::newRow("sdmx truncated in a quote")
            << int(Sdmx) << sdmx + "ESTAT:X(1.0),25/04/24,A,C,\"FR" << true
            << QStringLiteral("quoted field is not closed");
        *&QTest::newRow("jsonstat truncated") << int(JsonStat) << json.left(json.size() / 2) << false
                                              << QStringLiteral("not valid JSON");
        *&QTest::newRow("long truncated mid-row") << int(Long) << longCsv + "DE21,C" << true
                                                  << QStringLiteral("expected 5 cells, found 2");
        // Latin-1: accents only in labels → correct parse (codes are ASCII).
        *&QTest::newRow("sdmx latin-1 labels")
            << int(Sdmx)
            << QByteArray("DATAFLOW,LAST UPDATE,freq,nace_r2,geo:Geopolitical entity,TIME_PERIOD,"
                          "OBS_VALUE,OBS_FLAG\n"
                          "ESTAT:X(1.0),25/04/24,A,C,FR10:\xcele-de-France,2015,12,\n")
            << true << QString();
        // JSON-stat sizes far beyond the categories given must not allocate them.
        *&QTest::newRow("jsonstat huge size")
            << int(JsonStat)
            << QByteArray(R"({"id":["nace_r2","geo","time"],"size":[1,1000000000,1],
                "dimension":{"nace_r2":{"category":{"index":{"C":0}}},
                "geo":{"category":{"index":{"FR10":0}}},"time":{"category":{"index":{"2015":0}}}},
                "value":{}})")
            << false << QStringLiteral("1 categories, but size says 1000000000");
    }

    // Thousands of categories in a small sparse file: refused, not billions of records.
    void jsonStatRecordExplosion()
    {
        const QByteArray json = explodingJsonStat();
        StatTable t;
        const QString why = check(JsonStat, json, {}, nullptr, &t);
        QVERIFY2(why.isEmpty(), qPrintable(why));
        QVERIFY(!t.ok);
        QVERIFY2(dump(t).contains(QStringLiteral("too many")), qPrintable(dump(t)));
    }

    void explicitInputs()
    {
        QFETCH(int, reader);
        QFETCH(QByteArray, bytes);
        QFETCH(bool, ok);
        QFETCH(QString, message);
        StatTable t;
        const QString why = check(Reader(reader), bytes, {}, nullptr, &t);
        QVERIFY2(why.isEmpty(), qPrintable(why));
        QVERIFY2(t.ok == ok, qPrintable(dump(t)));
        if (!message.isEmpty()) {
            bool found = false;
            for (const InputProblem &p : t.problems)
                found = found || p.message.contains(message);
            QVERIFY2(found, qPrintable(QStringLiteral("no problem with '%1' in:\n").arg(message) + dump(t)));
        }
        if (ok && message.isEmpty() && QByteArray(QTest::currentDataTag()).endsWith("good"))
            QVERIFY2(t.problems.isEmpty(), qPrintable(dump(t)));
        if (ok) {
            for (const StatRecord &r : t.records)
                QVERIFY2(r.region == QLatin1String("AT") || r.region == QLatin1String("FR10") ||
                             r.region == QLatin1String("ITC4"),
                         qPrintable(r.region.left(40)));
        }
    }

    // Latin-1 in a code column: the code decodes with U+FFFD, and NutsCodes reports it.
    void latin1Code()
    {
        TableReader::Options o = longOptions({});
        const StatTable t0 = TableReader::parseLong(
            QByteArray("geo,nace_r2,TIME_PERIOD,OBS_VALUE,OBS_FLAG\n\xcele-de-France,C,2015,12,\n"),
            QStringLiteral("latin1.csv"), o);
        QVERIFY2(t0.ok, qPrintable(dump(t0)));
        QCOMPARE(t0.records.first().region, QStringLiteral("\ufffdle-de-France"));
        StatTable t = t0;
        NutsCodes codes;
        codes.insert(2021, 2, QStringLiteral("FR10"));
        QCOMPARE(codes.selectRegions(t, 2021), 1);
        QVERIFY(t.problems.last().message.startsWith(
            QStringLiteral("\ufffdle-de-France: not a NUTS code in")));
        QVERIFY(t.records.isEmpty());
    }
};

QTEST_GUILESS_MAIN(ReaderFuzzTest)
#include "ReaderFuzzTest.moc"
