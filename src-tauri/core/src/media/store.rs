//! The bytes of a remote file that have been read so far, and a reader over them that notices when a
//! parser wants bytes that have not been read.
//!
//! A probe reads a file in a few ranged pieces (its start, then wherever a parser looks next: an
//! MP4's `moov` after the media, an MP3's last frames, a JPEG's frame header past a large EXIF
//! block). The parsers are ordinary crates that take `Read + Seek`; they are given a [`Window`] over
//! the pieces, which answers reads inside a piece, says end-of-file past the file's known length,
//! and for anything else fails the read and remembers the offset. The caller then fetches from that
//! offset and runs the parser again from the start: parsing a few MiB in memory costs far less than
//! a round trip, and the parsers need no knowledge of the network.
//!
//! Not here: fetching (`fetch`) or deciding how much may be read (`ProbeLimits`).

use std::collections::BTreeMap;
use std::io::{self, BufRead, Read, Seek, SeekFrom};

/// What has been read of one file.
#[derive(Debug, Default)]
pub(super) struct Store {
    /// Pieces by offset; they never overlap.
    pieces: BTreeMap<u64, Vec<u8>>,
    /// The file's length, when the server said it or the whole body was read.
    len: Option<u64>,
}

/// Where a parser wanted bytes that have not been read.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) enum Missing {
    /// The byte at this offset.
    At(u64),
    /// The end of a file whose length is not known.
    End,
}

impl Store {
    pub(super) fn len(&self) -> Option<u64> {
        self.len
    }

    pub(super) fn set_len(&mut self, len: u64) {
        self.len = Some(len);
    }

    /// Bytes read, in all pieces.
    pub(super) fn bytes(&self) -> u64 {
        self.pieces.values().map(|p| p.len() as u64).sum()
    }

    /// Adds `bytes` read from `offset`. The caller asks only for bytes it does not have, so an
    /// overlap would mean the file changed between requests; the newer bytes are dropped rather than
    /// mixed in, which leaves the parser to fail on a gap instead of reading two versions at once.
    pub(super) fn insert(&mut self, offset: u64, bytes: Vec<u8>) {
        if bytes.is_empty() {
            return;
        }
        let end = offset + bytes.len() as u64;
        let overlaps = self
            .pieces
            .range(..end)
            .next_back()
            .is_some_and(|(start, piece)| start + piece.len() as u64 > offset);
        if !overlaps {
            self.pieces.insert(offset, bytes);
        }
    }

    /// The bytes from `pos` to the end of the piece holding it.
    fn at(&self, pos: u64) -> Option<&[u8]> {
        let (start, piece) = self.pieces.range(..=pos).next_back()?;
        let skip = usize::try_from(pos - start).ok()?;
        piece.get(skip..).filter(|rest| !rest.is_empty())
    }

    /// Where the next piece after `pos` starts: a fetch from `pos` need not go further.
    pub(super) fn next_piece_after(&self, pos: u64) -> Option<u64> {
        self.pieces.range(pos + 1..).next().map(|(start, _)| *start)
    }

    /// The file's first bytes (what its format is told by).
    pub(super) fn head(&self) -> &[u8] {
        self.at(0).unwrap_or_default()
    }

    pub(super) fn window(&self) -> Window<'_> {
        Window {
            store: self,
            pos: 0,
            missing: None,
        }
    }
}

/// A reader over a [`Store`] for the parsing crates; see the module docs.
pub(super) struct Window<'a> {
    store: &'a Store,
    pos: u64,
    missing: Option<Missing>,
}

impl Window<'_> {
    /// The first place the parser wanted bytes that have not been read: whatever it concluded, it
    /// concluded without them, so its answer is not to be trusted.
    pub(super) fn missing(&self) -> Option<Missing> {
        self.missing
    }

    fn not_read(&mut self, missing: Missing) -> io::Error {
        self.missing.get_or_insert(missing);
        io::Error::new(
            io::ErrorKind::UnexpectedEof,
            "this part of the file has not been read",
        )
    }
}

impl Read for Window<'_> {
    fn read(&mut self, buf: &mut [u8]) -> io::Result<usize> {
        let available = self.fill_buf()?;
        let n = available.len().min(buf.len());
        buf[..n].copy_from_slice(&available[..n]);
        self.consume(n);
        Ok(n)
    }
}

impl BufRead for Window<'_> {
    fn fill_buf(&mut self) -> io::Result<&[u8]> {
        let store = self.store;
        if let Some(bytes) = store.at(self.pos) {
            return Ok(bytes);
        }
        if store.len.is_some_and(|len| self.pos >= len) {
            return Ok(&[]);
        }
        Err(self.not_read(Missing::At(self.pos)))
    }

    fn consume(&mut self, amount: usize) {
        self.pos += amount as u64;
    }
}

impl Seek for Window<'_> {
    fn seek(&mut self, to: SeekFrom) -> io::Result<u64> {
        let invalid = || io::Error::new(io::ErrorKind::InvalidInput, "seek before the start");
        self.pos = match to {
            SeekFrom::Start(pos) => pos,
            SeekFrom::Current(delta) => self.pos.checked_add_signed(delta).ok_or_else(invalid)?,
            SeekFrom::End(delta) => match self.store.len {
                Some(len) => len.checked_add_signed(delta).ok_or_else(invalid)?,
                None => return Err(self.not_read(Missing::End)),
            },
        };
        Ok(self.pos)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn store(len: Option<u64>, pieces: &[(u64, &[u8])]) -> Store {
        let mut s = Store::default();
        for (at, bytes) in pieces {
            s.insert(*at, bytes.to_vec());
        }
        if let Some(len) = len {
            s.set_len(len);
        }
        s
    }

    #[test]
    fn reads_inside_pieces_and_notes_the_first_gap() {
        let s = store(Some(100), &[(0, b"abcd"), (90, b"0123456789")]);
        let mut w = s.window();
        let mut buf = [0; 8];
        assert_eq!(w.read(&mut buf).unwrap(), 4, "a short read up to the gap");
        assert!(w.missing().is_none());
        assert!(w.read(&mut buf).is_err());
        assert_eq!(w.missing(), Some(Missing::At(4)));
        w.seek(SeekFrom::End(-3)).unwrap();
        w.read_exact(&mut buf[..3]).unwrap();
        assert_eq!(&buf[..3], b"789");
        assert_eq!(
            w.read(&mut buf).unwrap(),
            0,
            "the end of the file is an end"
        );
        w.seek(SeekFrom::Start(50)).unwrap();
        assert!(w.read(&mut buf).is_err());
        assert_eq!(w.missing(), Some(Missing::At(4)), "the first gap is kept");
    }

    #[test]
    fn an_unknown_length_has_no_end_to_seek_to() {
        let s = store(None, &[(0, b"abcd")]);
        let mut w = s.window();
        assert!(w.seek(SeekFrom::End(0)).is_err());
        assert_eq!(w.missing(), Some(Missing::End));
        assert!(w.seek(SeekFrom::Current(-10)).is_err());
    }

    #[test]
    fn overlapping_pieces_are_not_mixed() {
        let mut s = store(Some(10), &[(0, b"abcd")]);
        s.insert(2, b"XYZ".to_vec());
        assert_eq!(s.head(), b"abcd");
        assert_eq!(s.bytes(), 4);
        assert_eq!(s.next_piece_after(0), None);
        s.insert(6, b"gh".to_vec());
        assert_eq!(s.next_piece_after(4), Some(6));
    }
}
