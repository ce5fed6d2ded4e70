import BuurtCore
import Foundation

/// One of `count` parts of a municipality's buurt sites (`buurtsite build --shard index/count`), so that CI machines
/// build them side by side. A buurt's shard depends on its slug alone: the 64-bit FNV-1a hash of the slug's UTF-8
/// bytes, modulo `count`, plus 1. Adding or removing a buurt never moves another, and every machine agrees without
/// talking to the others. Shard 1 also builds the portal; `buurtsite merge` makes the files the portal gathers
/// from every site (the municipality-wide search).
public struct Shard: Sendable, Equatable, CustomStringConvertible {
    /// 1…count.
    public let index: Int
    public let count: Int

    public init(index: Int, count: Int) {
        precondition(count >= 1 && (1...count).contains(index))
        self.index = index
        self.count = count
    }

    /// Reads "2/4"; a message saying what is wrong and how to write it otherwise.
    public static func parse(_ text: String) -> Result<Shard, ShardProblem> {
        let parts = text.split(separator: "/", omittingEmptySubsequences: false)
        guard parts.count == 2, let index = Int(parts[0]), let count = Int(parts[1]) else {
            return .failure(
                ShardProblem(
                    "--shard '\(text)' is not a shard: write its number and the number of shards as i/n, e.g. 1/4"))
        }
        guard count >= 1 else {
            return .failure(ShardProblem("--shard '\(text)': the number of shards must be 1 or more, e.g. 1/4"))
        }
        guard index >= 1 else {
            return .failure(
                ShardProblem("--shard '\(text)': shards count from 1: write 1/\(count) to \(count)/\(count)"))
        }
        guard index <= count else {
            return .failure(
                ShardProblem(
                    "--shard '\(text)': there are only \(count) shards: write a number from 1 to \(count), "
                        + "e.g. \(count)/\(count)"))
        }
        return .success(Shard(index: index, count: count))
    }

    public var description: String { "\(index)/\(count)" }

    /// Whether this shard builds the portal (and the municipality-wide pages at the root of the output).
    public var buildsPortal: Bool { index == 1 }

    /// Whether this shard builds the buurt with this slug.
    public func contains(slug: String) -> Bool {
        Self.shard(of: slug, count: count) == index
    }

    /// The shard (1…count) the buurt with this slug belongs to.
    public static func shard(of slug: String, count: Int) -> Int {
        Int(fnv1a(slug) % UInt64(count)) + 1
    }

    /// 64-bit FNV-1a of the UTF-8 bytes (offset basis 0xcbf29ce484222325, prime 0x100000001b3).
    static func fnv1a(_ text: String) -> UInt64 {
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        for byte in text.utf8 {
            hash ^= UInt64(byte)
            hash = hash &* 0x100_0000_01b3
        }
        return hash
    }
}

/// What is wrong with a `--shard` value, said as the command line prints it.
public struct ShardProblem: Error, Sendable, Equatable {
    public let message: String

    init(_ message: String) { self.message = message }
}
