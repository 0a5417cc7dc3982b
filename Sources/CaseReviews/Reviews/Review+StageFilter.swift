import Fluent
import MASACore

extension QueryBuilder where Model == Review {
    /// Reviews at `stage`, filtered in the database so the list can page there: the rules of `ReviewStage.init`
    /// on the stored dates (the latest recorded step wins).
    func filter(stage: ReviewStage) -> Self {
        switch stage {
        case .published: return filter(\.$publishedOn != nil)
        case .concludedUnpublished:
            return filter(\.$publishedOn == nil).filter(\.$finalOn != nil).filter(\.$decidedNotToPublish == true)
        case .finalAgreed:
            return filter(\.$publishedOn == nil).filter(\.$finalOn != nil).filter(\.$decidedNotToPublish == false)
        case .draftReceived: return filter(\.$publishedOn == nil).filter(\.$finalOn == nil).filter(\.$draftOn != nil)
        case .commissioned:
            return filter(\.$publishedOn == nil).filter(\.$finalOn == nil).filter(\.$draftOn == nil)
                .filter(\.$commissionedOn != nil)
        case .decided:
            return filter(\.$publishedOn == nil).filter(\.$finalOn == nil).filter(\.$draftOn == nil)
                .filter(\.$commissionedOn == nil)
        }
    }
}
