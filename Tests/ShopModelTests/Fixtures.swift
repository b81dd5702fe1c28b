import ShopModelFixtures

/// The shared builders of hand-made shops (Tests/ShopModelFixtures), by the name these tests have always used.
typealias Fixture = ModelFixture
