#include "syncwire/payload_codec.h"

#include <zdict.h>
#include <zstd.h>

namespace lampid::resources {
// Built-in dictionaries (sync-protocol/dictionaries), embedded at build time; may be empty.
extern const unsigned char reports_zdict[];
extern const std::size_t reports_zdict_size;
}  // namespace lampid::resources

namespace lampid::syncwire {

Result<std::shared_ptr<const Dictionary>> Dictionary::FromBytes(std::string bytes, int compression_level) {
  const unsigned id = ZDICT_getDictID(bytes.data(), bytes.size());
  if (id == 0) return Status::InvalidArgument("not a zstd dictionary (no dictionary id)");
  std::shared_ptr<Dictionary> d(new Dictionary());
  d->bytes_ = std::move(bytes);
  d->id_ = id;
  d->cdict_ = ZSTD_createCDict(d->bytes_.data(), d->bytes_.size(), compression_level);
  d->ddict_ = ZSTD_createDDict(d->bytes_.data(), d->bytes_.size());
  if (!d->cdict_ || !d->ddict_) return Status::InvalidArgument("zstd refused the dictionary");
  return std::shared_ptr<const Dictionary>(std::move(d));
}

Dictionary::~Dictionary() {
  ZSTD_freeCDict(static_cast<ZSTD_CDict*>(cdict_));
  ZSTD_freeDDict(static_cast<ZSTD_DDict*>(ddict_));
}

PayloadCodec::PayloadCodec(std::vector<std::shared_ptr<const Dictionary>> dictionaries, uint64_t max_uncompressed,
                           int level)
    : dictionaries_(std::move(dictionaries)), max_uncompressed_(max_uncompressed), level_(level) {}

PayloadCodec PayloadCodec::Builtin(uint64_t max_uncompressed) {
  std::vector<std::shared_ptr<const Dictionary>> dicts;
  if (resources::reports_zdict_size > 16) {
    auto d = Dictionary::FromBytes(
        std::string(reinterpret_cast<const char*>(resources::reports_zdict), resources::reports_zdict_size));
    if (d.ok()) dicts.push_back(*d);
  }
  return PayloadCodec(std::move(dicts), max_uncompressed);
}

const Dictionary* PayloadCodec::FindDictionary(uint32_t id) const {
  for (const auto& d : dictionaries_) {
    if (d->id() == id) return d.get();
  }
  return nullptr;
}

pb::Payload PayloadCodec::Encode(std::string_view bytes, bool use_dictionary) const {
  pb::Payload out;
  out.set_uncompressed_size(bytes.size());
  std::string buf(ZSTD_compressBound(bytes.size()), '\0');
  ZSTD_CCtx* cctx = ZSTD_createCCtx();
  // A content checksum, so that a payload damaged by a buggy sender fails to inflate instead of inflating
  // into something else (damage in transit is caught earlier, by the signature).
  ZSTD_CCtx_setParameter(cctx, ZSTD_c_checksumFlag, 1);
  const Dictionary* dict = use_dictionary && !dictionaries_.empty() ? dictionaries_.back().get() : nullptr;
  if (dict) {
    ZSTD_CCtx_refCDict(cctx, static_cast<const ZSTD_CDict*>(dict->cdict_));
    out.set_compression(pb::COMPRESSION_ZSTD_DICT);
    out.set_dictionary_id(dict->id());
  } else {
    ZSTD_CCtx_setParameter(cctx, ZSTD_c_compressionLevel, level_);
    out.set_compression(pb::COMPRESSION_ZSTD);
  }
  const size_t n = ZSTD_compress2(cctx, buf.data(), buf.size(), bytes.data(), bytes.size());
  ZSTD_freeCCtx(cctx);
  if (ZSTD_isError(n)) {
    // Compression of bytes in memory cannot fail short of a bug; send them as they are.
    out.set_compression(pb::COMPRESSION_NONE);
    out.set_dictionary_id(0);
    out.set_data(std::string(bytes));
    return out;
  }
  buf.resize(n);
  out.set_data(std::move(buf));
  return out;
}

Result<std::string> PayloadCodec::Decode(const pb::Payload& payload) const {
  const uint64_t size = payload.uncompressed_size();
  if (size > max_uncompressed_) {
    return Status::ResourceExhausted("payload declares " + std::to_string(size) + " bytes; the limit is " +
                                     std::to_string(max_uncompressed_));
  }
  if (payload.compression() == pb::COMPRESSION_NONE) {
    if (payload.data().size() != size) return Status::InvalidArgument("payload size does not match its header");
    return payload.data();
  }
  const auto& data = payload.data();
  // The frame's own content size, when recorded, must agree with the header we checked.
  const unsigned long long frame_size = ZSTD_getFrameContentSize(data.data(), data.size());
  if (frame_size == ZSTD_CONTENTSIZE_ERROR) return Status::InvalidArgument("payload is not a zstd frame");
  if (frame_size != ZSTD_CONTENTSIZE_UNKNOWN && frame_size != size) {
    return Status::InvalidArgument("payload's zstd frame size does not match its header");
  }
  std::string out(size, '\0');
  ZSTD_DCtx* dctx = ZSTD_createDCtx();
  size_t n = 0;
  if (payload.compression() == pb::COMPRESSION_ZSTD_DICT) {
    const Dictionary* dict = FindDictionary(payload.dictionary_id());
    if (!dict) {
      ZSTD_freeDCtx(dctx);
      return Status::InvalidArgument("payload uses unknown dictionary " + std::to_string(payload.dictionary_id()));
    }
    n = ZSTD_decompress_usingDDict(dctx, out.data(), out.size(), data.data(), data.size(),
                                   static_cast<const ZSTD_DDict*>(dict->ddict_));
  } else if (payload.compression() == pb::COMPRESSION_ZSTD) {
    n = ZSTD_decompressDCtx(dctx, out.data(), out.size(), data.data(), data.size());
  } else {
    ZSTD_freeDCtx(dctx);
    return Status::InvalidArgument("unknown payload compression");
  }
  ZSTD_freeDCtx(dctx);
  // The output buffer has exactly the declared size, so zstd can never write past it; a frame that wants
  // more fails here instead.
  if (ZSTD_isError(n)) return Status::InvalidArgument(std::string("payload does not inflate: ") + ZSTD_getErrorName(n));
  if (n != size) return Status::InvalidArgument("payload inflates to a different size than declared");
  return out;
}

}  // namespace lampid::syncwire
