import Content
import Toolkit

// The toolkit's pages, booklets and attachments. Owned by the toolkit work: replace the bodies.
extension SiteRenderer {
    /// Every file of one buurt's toolkit: home, topic pages, article pages, booklets, copied attachments.
    public func toolkitJobs(for buurt: Neighbourhood) -> [RenderJob] { [] }
}
