import SiteOutput
/// `build` renders into the staging folder, which is swapped in for the output when every file was written.
extension StagingFolder: PageSink {}
