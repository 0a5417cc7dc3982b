import Fluent

/// One page of a list as its page model holds it: the list query it answers (sort, filters, paging links), the
/// rows read for this page and where the page falls in the whole list.
package struct ListPageFacts<Sort: RawRepresentable & CaseIterable & Sendable, Item: Sendable>: Sendable
    where Sort.RawValue == String {
    package let list: ListQuery<Sort>
    package let items: [Item]
    package let metadata: PageMetadata

    package init(list: ListQuery<Sort>, items: [Item], metadata: PageMetadata) {
        self.list = list
        self.items = items
        self.metadata = metadata
    }

    package var pagination: Pagination? { list.pagination(metadata) }
}
