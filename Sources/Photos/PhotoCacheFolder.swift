import Foundation

/// Where the photo cache lives: in the shop (`SHOP/.shopsite-cache/images`) when that folder can be made and written;
/// for a read-only shop, beside the output (`.NAME.shopsite-cache/images`, like the output's spare and staging folders);
/// failing that under `$TMPDIR` (`shopsite-cache-UID/HASH/images`, HASH naming the shop's path). The first that can be
/// written is used, so a read-only shop builds (its photos developed into the fallback cache) instead of failing.
public enum PhotoCacheFolder {
    /// The cache folder inside the shop at `shopPath`.
    public static func inShop(_ shopPath: String) -> String {
        (shopPath.hasSuffix("/") ? shopPath : shopPath + "/") + ".shopsite-cache/images"
    }

    /// The candidates in order: the shop's, beside `outputPath` (absolute; nil: none), under `$TMPDIR`.
    static func candidates(shopPath: String, outputPath: String?) -> [String] {
        var found = [inShop(shopPath)]
        if let outputPath, let slash = outputPath.lastIndex(of: "/") {
            let parent = slash == outputPath.startIndex ? "" : String(outputPath[..<slash])
            let name = outputPath[outputPath.index(after: slash)...]
            if !name.isEmpty { found.append(parent + "/." + name + ".shopsite-cache/images") }
        }
        let temporary = ProcessInfo.processInfo.environment["TMPDIR"].flatMap { $0.isEmpty ? nil : $0 } ?? "/tmp"
        let absoluteShop = shopPath.hasPrefix("/") ? shopPath : FileManager.default.currentDirectoryPath + "/" + shopPath
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        for byte in absoluteShop.utf8 { hash = (hash ^ UInt64(byte)) &* 0x100_0000_01b3 }
        found.append("\(temporary)/shopsite-cache-\(getuid())/\(String(hash, radix: 16))/images")
        return found
    }

    /// The first candidate that exists as a writable folder or can be made one; the shop's when none can (the build
    /// then fails naming it, as before).
    public static func choose(shopPath: String, outputPath: String?) -> String {
        let all = candidates(shopPath: shopPath, outputPath: outputPath)
        return all.first(where: isWritable) ?? all[0]
    }

    /// Whether `folder` is (or can be made) a real folder this process may create files in.
    static func isWritable(_ folder: String) -> Bool {
        var info = stat()
        if lstat(folder, &info) != 0 {
            guard (try? FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)) != nil else { return false }
            guard lstat(folder, &info) == 0 else { return false }
        }
        return info.st_mode & S_IFMT == S_IFDIR && access(folder, W_OK) == 0
    }
}
