-- When the last attempt of each pacing key left (Unix ms; NULL until one leaves under this version).
-- An attempt leaves only an interval after the previous one *left*, not merely at its booked slot:
-- slots are booked ahead by several processes, and one that wakes late for its slot would otherwise
-- bring the next process's booked departure closer than the rate allows (Tencent answers 10023).
ALTER TABLE pacing ADD COLUMN last_left_ms INTEGER;
