#include "commissioning/io/json.hpp"


#include <fmt/format.h>

#include "commissioning/io/detail/json_path.hpp"


namespace commissioning::io {

namespace {
std::size_t line_of(std::string_view text, std::size_t byte) {
  std::size_t line = 1;
  for (std::size_t i = 0; i < byte && i < text.size(); ++i)
    if (text[i] == '\n') ++line;
  return line;
}
}  // namespace

namespace {

// nlohmann's messages start "[json.exception.parse_error.101] parse error at line 1, …": the
// bracketed id is nlohmann's, not ours, and means nothing to a user.
std::string without_prefix(std::string_view what) {
  if (what.starts_with("[json.exception.")) {
    if (const auto br = what.find("] "); br != std::string_view::npos) what.remove_prefix(br + 2);
  }
  return std::string(what);
}

// Why a parse stopped, with the byte offset where it did (0 when unknown).
struct Refusal {
  std::size_t byte;
  std::string reason;
  std::string path;
};

// Builds the tree from nlohmann's (iterative) SAX parser, checking each limit as it goes:
// values are counted before they are added, depth before a container opens, and a key that
// is already in its object is refused with its path. Values are added through basic_json's
// public emplace/emplace_back.
class BoundedBuilder {
 public:
  BoundedBuilder(Json& root, const JsonLimits& limits) : root_(root), limits_(limits) {}

  bool null() { return add(Json(nullptr)) != nullptr; }
  bool boolean(bool v) { return add(Json(v)) != nullptr; }
  bool number_integer(Json::number_integer_t v) { return add(Json(v)) != nullptr; }
  bool number_unsigned(Json::number_unsigned_t v) { return add(Json(v)) != nullptr; }
  bool number_float(Json::number_float_t v, const std::string&) { return add(Json(v)) != nullptr; }
  bool string(std::string& v) { return add(Json(std::move(v))) != nullptr; }
  bool binary(Json::binary_t& v) { return add(Json(std::move(v))) != nullptr; }
  bool start_object(std::size_t) { return open(Json::object()); }
  bool start_array(std::size_t) { return open(Json::array()); }
  bool end_object() { return close(); }
  bool end_array() { return close(); }
  bool key(std::string& k) {
    Frame& f = stack_.back();
    if (f.node->contains(k))
      throw Refusal{0, fmt::format("duplicate key \"{}\" (each key may appear once in an object)", k), path_to(k)};
    f.key = std::move(k);
    return true;
  }
  bool parse_error(std::size_t position, const std::string&, const nlohmann::detail::exception& e) {
    throw Refusal{position, fmt::format("not valid JSON: {}", without_prefix(e.what())), ""};
  }

 private:
  struct Frame {
    Json* node;
    std::string key;    // the key whose value comes next (objects)
    std::size_t index;  // the index of the next element (arrays)
  };

  Json* add(Json&& v) {
    if (++values_ > limits_.max_values)
      throw Refusal{0, fmt::format("JSON holds more than {} values (the limit that bounds memory)", limits_.max_values), ""};
    if (stack_.empty()) {
      root_ = std::move(v);
      return &root_;
    }
    Frame& f = stack_.back();
    if (f.node->is_array()) {
      ++f.index;
      return &f.node->emplace_back(std::move(v));
    }
    auto [it, inserted] = f.node->emplace(f.key, std::move(v));  // key() refused duplicates
    return &it.value();
  }
  bool open(Json&& container) {
    if (stack_.size() >= static_cast<std::size_t>(limits_.max_depth))
      throw Refusal{0, fmt::format("JSON nested deeper than {} levels", limits_.max_depth), ""};
    Json* node = add(std::move(container));
    stack_.push_back(Frame{node, {}, 0});
    return true;
  }
  bool close() {
    stack_.pop_back();
    return true;
  }
  std::string path_to(const std::string& key) const {
    std::string path;
    const auto escape = [](std::string_view s) {
      std::string out;
      for (char c : s) out += c == '~' ? "~0" : c == '/' ? "~1" : std::string(1, c);
      return out;
    };
    for (std::size_t i = 0; i < stack_.size(); ++i) {
      if (i == 0) continue;  // the root has no name
      const Frame& parent = stack_[i - 1];
      path += "/" + (parent.node->is_array() ? std::to_string(parent.index - 1) : escape(parent.key));
    }
    return path + "/" + escape(key);
  }

  Json& root_;
  const JsonLimits& limits_;
  std::vector<Frame> stack_;
  std::size_t values_ = 0;
};

// Empties a tree without allocating. nlohmann's destructor first moves a container's children
// into a new std::vector, which cannot be allocated when memory has just run out (the
// destructor is noexcept, so that would be std::terminate). Removing leaves one at a time,
// deepest last child first, never needs that vector.
void dismantle(Json& root) noexcept {
  while (root.is_structured() && !root.empty()) {
    Json* node = &root;
    for (;;) {
      Json& last = node->back();
      if (last.is_structured() && !last.empty()) {
        node = &last;
        continue;
      }
      if (node->is_array()) {
        node->get_ref<Json::array_t&>().pop_back();
      } else {
        auto& members = node->get_ref<Json::object_t&>();
        members.erase(std::prev(members.end()));
      }
      break;
    }
  }
}

}  // namespace

Json parse_json(std::string_view text, const std::string& source, JsonLimits limits) {
  if (text.size() > limits.max_bytes)
    throw InputError(source, 0, "", fmt::format("JSON of {} bytes exceeds the limit of {}", text.size(), limits.max_bytes));
  // nlohmann's lexer takes a NUL byte for the end of the input and would ignore what follows;
  // JSON allows no raw NUL anywhere (in strings it must be escaped as \u0000).
  if (const auto nul = text.find('\0'); nul != std::string_view::npos)
    throw InputError(source, line_of(text, nul), "", fmt::format("not valid JSON: a NUL byte at offset {}", nul));
  Json root;
  try {
    BoundedBuilder builder(root, limits);
    // Iterators, not a C string: a NUL byte is a character the lexer refuses, so text after
    // it cannot be silently ignored.
    Json::sax_parse(text.begin(), text.end(), &builder);
  } catch (const Refusal& r) {
    dismantle(root);  // free the partial tree before building the message
    throw InputError(source, r.byte == 0 ? 0 : line_of(text, r.byte - 1), r.path, r.reason);
  } catch (const std::bad_alloc&) {
    // The partial tree is ours (not a temporary inside nlohmann), so it is released here
    // without allocating: a failed allocation is an error, not std::terminate.
    dismantle(root);
    throw InputError(source, 0, "", "JSON needs more memory than is available");
  } catch (const Json::exception& e) {  // e.g. a number beyond double's range
    dismantle(root);
    throw InputError(source, 0, "", fmt::format("not valid JSON: {}", without_prefix(e.what())));
  }
  return root;
}

Json read_json_file(const std::string& path, JsonLimits limits) {
  return parse_json(read_text_file(path, limits.max_bytes), path, limits);
}

void rethrow_as_input_error(const std::string& source) {
  try {
    throw;
  } catch (const InputError&) {
    throw;
  } catch (const json_detail::JsonPathError& e) {
    throw InputError(source, 0, e.pointer(), e.reason());
  } catch (const Json::exception& e) {
    // nlohmann's message is "[json.exception.out_of_range.403] key 'date' not found": the
    // place is the innermost scope the error left, recorded while unwinding.
    std::string msg = e.what();
    if (const auto br = msg.find("] "); br != std::string::npos) msg = msg.substr(br + 2);
    const auto path = json_detail::unwound_pointer();
    throw InputError(source, 0, path, msg);
  } catch (const std::exception& e) {
    throw InputError(source, 0, "", e.what());
  }
}

namespace json_detail {

void fail(const Json& at, const std::string& reason) {
  if (in_scope()) throw JsonPathError(pointer_of(at), reason);
  throw Json::other_error::create(501, reason, &at);  // a caller outside any document scope
}

void fail_where_raised(const Json& at, const Json::exception& e) {
  std::string msg = e.what();
  if (const auto br = msg.find("] "); br != std::string::npos) msg = msg.substr(br + 2);  // "[json.exception.x] "
  const auto raised = unwound_pointer();
  if (in_scope() && !raised.empty()) throw JsonPathError(raised, msg);
  fail(at, msg);
}

void reject_unknown_keys(const Json& object, std::initializer_list<std::string_view> allowed) {
  if (!object.is_object()) fail(object, fmt::format("expected an object, found {}", object.type_name()));
  for (const auto& [key, value] : object.items()) {
    bool known = false;
    for (auto a : allowed) known = known || key == a;
    if (!known) {
      std::string list;
      for (auto a : allowed) list += (list.empty() ? "" : ", ") + std::string(a);
      fail(object, fmt::format("unknown field \"{}\" (expected: {})", key, list));
    }
  }
}

void check_kind(const Json& object, std::string_view kind) {
  if (auto k = object.find("kind"); k != object.end()) {
    if (as_string(*k) != kind) fail(*k, fmt::format("the document is a \"{}\", but a {} was expected here", k->get_ref<const std::string&>(), kind));
  }
}

const std::string& as_string(const Json& j) {
  if (!j.is_string()) fail(j, fmt::format("expected a string, found {}", j.type_name()));
  return j.get_ref<const std::string&>();
}

}  // namespace json_detail
}  // namespace commissioning::io
