package news.byline.webhook;

import java.net.Inet4Address;
import java.net.InetAddress;
import java.util.List;
import java.util.Optional;

/**
 * Addresses a webhook may not reach: every IPv4 block of the IANA special-purpose registry (and the private,
 * multicast and reserved ones), and every IPv6 address outside global unicast (2000::/3) or inside its
 * special-purpose blocks, including the forms that carry an IPv4 address inside (IPv4-compatible, NAT64,
 * 6to4, Teredo), since a gateway would turn those into the IPv4 address they embed. IPv4-mapped addresses
 * arrive as IPv4 already (the JDK converts them).
 */
final class SpecialAddresses {
    private static final List<Block> IPV4 = List.of(
            block("0.0.0.0", 8, "this network"), block("10.0.0.0", 8, "private"),
            block("100.64.0.0", 10, "shared address space (carrier-grade NAT, cloud metadata)"), block("127.0.0.0", 8, "loopback"),
            block("169.254.0.0", 16, "link-local"), block("172.16.0.0", 12, "private"),
            block("192.0.0.0", 24, "IETF protocol assignments"), block("192.0.2.0", 24, "documentation"),
            block("192.88.99.0", 24, "6to4 relay anycast"), block("192.168.0.0", 16, "private"),
            block("198.18.0.0", 15, "benchmarking"), block("198.51.100.0", 24, "documentation"),
            block("203.0.113.0", 24, "documentation"), block("224.0.0.0", 4, "multicast"),
            block("240.0.0.0", 4, "reserved (and broadcast)"));
    private static final Block GLOBAL_UNICAST_V6 = block("2000::", 3, "global unicast");
    private static final List<Block> IPV6_INSIDE_GLOBAL = List.of(
            block("2001::", 23, "IETF protocol assignments (Teredo, benchmarking, ORCHID…)"),
            block("2001:db8::", 32, "documentation"), block("2002::", 16, "6to4"), block("3fff::", 20, "documentation"));

    private SpecialAddresses() {
    }

    /** The special-purpose block an address is in, or empty when it is a global unicast address. */
    static Optional<String> blockOf(InetAddress address) {
        byte[] bytes = address.getAddress();
        if (address instanceof Inet4Address) {
            return IPV4.stream().filter(block -> block.contains(bytes)).findFirst().map(Block::describe);
        }
        if (!GLOBAL_UNICAST_V6.contains(bytes)) {
            return Optional.of("outside IPv6 global unicast 2000::/3 (loopback, unique-local, link-local, multicast, "
                    + "IPv4-compatible or NAT64)");
        }
        return IPV6_INSIDE_GLOBAL.stream().filter(block -> block.contains(bytes)).findFirst().map(Block::describe);
    }

    private static Block block(String prefix, int bits, String name) {
        try {
            return new Block(InetAddress.getByName(prefix).getAddress(), bits, name, prefix + "/" + bits);
        } catch (java.net.UnknownHostException e) {
            throw new IllegalArgumentException(prefix, e); // literals never resolve
        }
    }

    private record Block(byte[] prefix, int bits, String name, String cidr) {
        boolean contains(byte[] address) {
            if (address.length != prefix.length) {
                return false;
            }
            int whole = bits / 8;
            for (int i = 0; i < whole; i++) {
                if (address[i] != prefix[i]) {
                    return false;
                }
            }
            int rest = bits % 8;
            int mask = (0xff << (8 - rest)) & 0xff;
            return rest == 0 || (address[whole] & mask) == (prefix[whole] & mask);
        }

        String describe() {
            return cidr + ", " + name;
        }
    }
}
