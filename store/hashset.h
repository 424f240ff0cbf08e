#pragma once

#include <QList>

#include <cstddef>

// A set of hash values, for counting distinct users as a listing is written: open addressing
// in one flat table, one probe sequence per insert. QSet<size_t> spent twice as long on the
// same 100,000 hashes (a lookup, then an insert, each through its spans).
class HashSet
{
public:
    // Whether `hash` was new (and is now in the set).
    bool insert(size_t hash);
    bool contains(size_t hash) const;
    qsizetype size() const { return m_size; }
    void clear();

private:
    static constexpr size_t empty = 0; // a hash of 0 is kept apart, in m_hasZero

    qsizetype slotOf(size_t hash) const;
    void grow();

    QList<size_t> m_slots; // a power of two long, at most half full
    qsizetype m_size = 0;
    bool m_hasZero = false;
};
