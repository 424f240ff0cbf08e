#include "store/hashset.h"

bool HashSet::insert(size_t hash)
{
    if (hash == empty) {
        const bool added = !m_hasZero;
        m_hasZero = true;
        m_size += added ? 1 : 0;
        return added;
    }
    if (2 * (m_size + 1) > m_slots.size())
        grow();
    const qsizetype slot = slotOf(hash);
    if (m_slots.at(slot) == hash)
        return false;
    m_slots[slot] = hash;
    ++m_size;
    return true;
}

bool HashSet::contains(size_t hash) const
{
    if (hash == empty)
        return m_hasZero;
    return !m_slots.isEmpty() && m_slots.at(slotOf(hash)) == hash;
}

void HashSet::clear()
{
    m_slots.clear();
    m_size = 0;
    m_hasZero = false;
}

// The slot holding `hash`, or the empty one where it would go.
qsizetype HashSet::slotOf(size_t hash) const
{
    const auto mask = size_t(m_slots.size() - 1);
    // The hashes come from qHash and may be close together: mixed before they pick a slot.
    size_t slot = (hash * 0x9e3779b97f4a7c15ULL) >> 7 & mask;
    while (m_slots.at(qsizetype(slot)) != empty && m_slots.at(qsizetype(slot)) != hash)
        slot = (slot + 1) & mask;
    return qsizetype(slot);
}

void HashSet::grow()
{
    const QList<size_t> old = std::move(m_slots);
    m_slots = QList<size_t>(std::max<qsizetype>(1024, old.size() * 2), empty);
    for (const size_t hash : old) {
        if (hash != empty)
            m_slots[slotOf(hash)] = hash;
    }
}
