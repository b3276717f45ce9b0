//! The two encodings the server sends, at the settings used for the precompressed copies.

use std::io::Write;

pub fn brotli(bytes: &[u8]) -> Vec<u8> {
    let mut out = Vec::new();
    {
        // Quality 11 and a 4 MB window: the slowest, smallest setting, fine for build time.
        let mut writer = brotli::CompressorWriter::new(&mut out, 64 * 1024, 11, 22);
        writer
            .write_all(bytes)
            .expect("writing to memory cannot fail");
    }
    out
}

pub fn gzip(bytes: &[u8]) -> Vec<u8> {
    let mut encoder = flate2::write::GzEncoder::new(Vec::new(), flate2::Compression::best());
    encoder
        .write_all(bytes)
        .expect("writing to memory cannot fail");
    encoder.finish().expect("writing to memory cannot fail")
}

/// Files worth compressing: text and wasm (images and fonts are compressed already).
pub fn is_compressible(name: &str) -> bool {
    let extension = name.rsplit('.').next().unwrap_or_default();
    matches!(
        extension,
        "html" | "js" | "css" | "wasm" | "svg" | "txt" | "json" | "map"
    )
}
