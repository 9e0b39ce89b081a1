if(COMMISSIONING_SANITIZE)
  # Applied globally so that the library, tests and tools agree on the instrumented ABI.
  add_compile_options(-fsanitize=address,undefined -fno-omit-frame-pointer
                      -fno-sanitize-recover=undefined)
  add_link_options(-fsanitize=address,undefined)
endif()
