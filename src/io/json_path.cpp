#include "commissioning/io/detail/json_path.hpp"

#include <nlohmann/json.hpp>

#include <exception>
#include <vector>

namespace commissioning::io::json_detail {

namespace {

// A frame is a member, an element, a root, or an anchor: a node reached by code that did not
// say how (a hand-written from_json calling get<T>() on a child); an anchor's pointer is
// found by search, and only when an error needs it.
struct Frame {
  enum Kind { Member, Element, Root, Anchor } kind;
  const nlohmann::json* node;
  std::string segment;
  int exceptions_at_entry;  // std::uncaught_exceptions() when the scope opened
};
thread_local std::vector<Frame> frames;
// Where the innermost scope was when an exception last left it: nlohmann's own errors
// (a missing key from at(), a type error from get<T>()) say nothing of where they happened,
// so the first scope to unwind records it. Cleared whenever a new scope opens, so a handled
// exception does not leave a stale place behind.
thread_local std::string unwound_from;
thread_local bool unwound = false;

std::string escape(std::string_view key) {
  std::string out;
  for (char c : key) {
    if (c == '~') out += "~0";
    else if (c == '/') out += "~1";
    else out += c;
  }
  return out;
}

// Depth-first search for the address of `target` under `node`; error paths only.
bool find(const nlohmann::json& node, const nlohmann::json* target, std::string& pointer) {
  if (&node == target) return true;
  const auto mark = pointer.size();
  if (node.is_object()) {
    for (auto it = node.begin(); it != node.end(); ++it) {
      pointer += '/';
      pointer += escape(it.key());
      if (find(it.value(), target, pointer)) return true;
      pointer.resize(mark);
    }
  } else if (node.is_array()) {
    for (std::size_t i = 0; i < node.size(); ++i) {
      pointer += '/';
      pointer += std::to_string(i);
      if (find(node[i], target, pointer)) return true;
      pointer.resize(mark);
    }
  }
  return false;
}

}  // namespace

std::string append_pointer(std::string_view base, std::string_view key) {
  return std::string(base) + "/" + escape(key);
}

namespace {
// The pointer of frames[0..n): resolved on demand, errors only.
std::string pointer_upto(std::size_t n) {
  if (n == 0) return std::string();
  const auto& f = frames[n - 1];
  switch (f.kind) {
    case Frame::Root: return std::string();
    case Frame::Member: return pointer_upto(n - 1) + "/" + escape(f.segment);
    case Frame::Element: return pointer_upto(n - 1) + "/" + f.segment;
    case Frame::Anchor: break;
  }
  // Search for the anchor under each enclosing frame, innermost first.
  for (std::size_t k = n - 1; k > 0; --k) {
    std::string pointer = pointer_upto(k);
    if (find(*frames[k - 1].node, f.node, pointer)) return pointer;
    if (frames[k - 1].kind == Frame::Root) break;
  }
  return pointer_upto(n - 1);
}
}  // namespace

namespace {
void open(Frame f) {
  unwound = false;
  f.exceptions_at_entry = std::uncaught_exceptions();
  frames.push_back(std::move(f));
}
}  // namespace

JsonPathScope::JsonPathScope(const nlohmann::json& node, std::string_view key) {
  open({Frame::Member, &node, std::string(key), 0});
}
JsonPathScope::JsonPathScope(const nlohmann::json& node, std::size_t index) {
  open({Frame::Element, &node, std::to_string(index), 0});
}
JsonPathScope::JsonPathScope(const nlohmann::json& root) { open({Frame::Root, &root, {}, 0}); }
JsonPathScope::JsonPathScope(const nlohmann::json& node, Anchor) { open({Frame::Anchor, &node, {}, 0}); }
JsonPathScope::~JsonPathScope() {
  if (!unwound && std::uncaught_exceptions() > frames.back().exceptions_at_entry) {
    unwound = true;
    try {
      unwound_from = current_pointer();
    } catch (...) {  // out of memory while unwinding: the error keeps no place rather than terminating
      unwound_from.clear();
    }
  }
  frames.pop_back();
}

std::string unwound_pointer() { return unwound ? unwound_from : std::string(); }

bool in_scope() noexcept { return !frames.empty(); }
const nlohmann::json* innermost_node() noexcept { return frames.empty() ? nullptr : frames.back().node; }

std::string current_pointer() { return pointer_upto(frames.size()); }

std::string pointer_of(const nlohmann::json& at) {
  for (std::size_t k = frames.size(); k > 0; --k) {
    std::string pointer = pointer_upto(k);
    if (find(*frames[k - 1].node, &at, pointer)) return pointer;
    if (frames[k - 1].kind == Frame::Root) break;
  }
  return current_pointer();
}

JsonPathError::JsonPathError(std::string pointer, std::string reason)
    : std::runtime_error(pointer.empty() ? reason : pointer + ": " + reason),
      pointer_(std::move(pointer)),
      reason_(std::move(reason)) {}

}  // namespace commissioning::io::json_detail
