import Foundation

/// Record ids must be unique across a ledger (issue #9). A save replaces "the record with this
/// id", so two records sharing one id in a shard would both be replaced by one: a silent loss.
enum RecordIdentity {
    /// The first id given twice in one shard, placed at its second occurrence. Blocks writing.
    static func duplicateInShard<R: StoredRecord>(_ records: [R], data: Data, file: String, limits: LoadLimits) -> LoadIssue? {
        var first: [UUID: Int] = [:]
        for (index, record) in records.enumerated() {
            if let earlier = first[record.id] {
                var issue = LoadIssue(file: file, path: "records[\(index)].id",
                                      reason: "记录 id \(record.id.uuidString) 重复（与 records[\(earlier)] 相同）：保存时无法分辨两条记录，本文件暂不写入。请核对后删除或更换其中一条的 id")
                let location = JSONGuard.scan(data, limits: limits, locate: [.key("records"), .index(index), .key("id")]).located
                if let location { (issue.line, issue.column) = JSONErrorLocator.lineAndColumn(data, offset: location) }
                return issue
            }
            first[record.id] = index
        }
        return nil
    }

    /// The same id in two shards of one ledger: what a crash between the two writes of a record
    /// moved to another year leaves behind (`LedgerStore.save(_:previous:)`). Reported so the
    /// secretary can tidy it, but not blocking: each shard on its own is whole, and writing one
    /// loses nothing of the other.
    static func duplicateAcrossShards(id: UUID, first: String, second: String) -> LoadIssue {
        var issue = LoadIssue(file: second, reason: "记录 id \(id.uuidString) 同时出现在 \(first) 和 \(second)：可能是改期保存时中断留下的副本，请核对后删除旧的一条")
        issue.blocksWriting = false
        return issue
    }
}
