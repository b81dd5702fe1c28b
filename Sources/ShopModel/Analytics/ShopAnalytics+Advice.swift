extension ShopAnalytics {
    /// The contract's advice, 1 to 6 in order, from the longest window, with the thresholds of `advice:` in site.yaml.
    /// Shares are compared exactly (counts and amounts against the 4-decimal threshold), so "exactly at" never advises.
    static func advice(windows: [WindowFigures], dormant: [CustomerFigures], settings: SiteSettings) -> [Advice] {
        var advice: [Advice] = []
        if let window = windows.max(by: { $0.days < $1.days }) {
            if let benchmark = settings.benchmarkConversionRate, let conversion = window.conversionRate, conversion < benchmark {
                advice.append(.lowConversion(windowDays: window.days, conversion: conversion, benchmark: benchmark))
            }
            if !window.lowConversionProducts.isEmpty {
                advice.append(.lowConversionProducts(windowDays: window.days, skus: window.lowConversionProducts))
            }
            if !window.delistCandidates.isEmpty {
                advice.append(.delistCandidates(windowDays: window.days, skus: window.delistCandidates))
            }
            if let share = window.newCustomerShare,
               settings.advice.newCustomerShare.isExceeded(by: Int64(window.newBuyers), of: Int64(window.buyers)) {
                advice.append(.newCustomerShare(windowDays: window.days, share: share))
            }
            // Customers without a region are not a region.
            for region in window.regions where !region.region.isEmpty {
                if let share = region.share,
                   settings.advice.regionShare.isExceeded(by: region.gmv.tenThousandths, of: window.gmv.tenThousandths) {
                    advice.append(.regionConcentration(windowDays: window.days, region: region.region, share: share))
                }
            }
        }
        if !dormant.isEmpty {
            let amount = dormant.reduce(Money.zero) { $0 + $1.paidAmount }
            advice.append(.winBackCustomers(count: dormant.count, paidAmount: amount, ids: dormant.map(\.id)))
        }
        return advice
    }
}

extension Rate {
    /// Whether `part / whole` is above this rate, exactly (128-bit products, no rounding); false when whole is 0.
    public func isExceeded(by part: Int64, of whole: Int64) -> Bool {
        guard whole > 0 else { return false }
        let left = part.multipliedFullWidth(by: Money.unit)
        let right = tenThousandths.multipliedFullWidth(by: whole)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }
}
