// SPDX-License-Identifier: MIT
// libFuzzer target: EurostatTable::parse on arbitrary bytes must return (no crash, no
// sanitizer report); a failed table must say why.
#include "maps/EurostatTable.h"
#include "tests/fuzz/FuzzInput.h"

#include <cstdlib>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const cs::fuzz::Input in = cs::fuzz::split(data, size);
    const cs::StatTable table = cs::EurostatTable::parse(in.bytes, QStringLiteral("fuzz"), in.eurostat);
    if (!table.ok && table.problems.isEmpty())
        std::abort(); // a failure without a reason breaks the readers' contract
    return 0;
}
