build/obj/../../tmp/pcistub.o: ../../tmp/pcistub.c \
 sw/include/siov/siov_platform.h sw/include/siov/siov.h
sw/include/siov/siov_platform.h:
sw/include/siov/siov.h:
