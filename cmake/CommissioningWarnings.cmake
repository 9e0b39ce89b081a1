# Warnings are errors on our own code, for GCC and Clang alike. Third-party headers come in
# through imported targets, so they are system includes and do not trip these.
function(commissioning_warnings target)
  target_compile_options(${target} PRIVATE
    -Wall -Wextra -Wpedantic -Wconversion -Wsign-conversion -Wshadow -Werror)
endfunction()
