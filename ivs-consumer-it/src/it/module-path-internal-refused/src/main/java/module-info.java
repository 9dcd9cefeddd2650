module example.sneaky {
    requires io.ivsjava.live;
}
