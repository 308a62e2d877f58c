# statistics: exact means and variances (ints stay ints, floats summed exactly), correctly
# rounded stdev, medians, modes, quantiles, non-finite data, and the StatisticsError messages.
import statistics as st
from fractions import Fraction as F
data = [2.75, 1.75, 1.25, 0.25, 0.5, 1.25, 3.5]
ints = [1, 2, 3, 4, 4]
print(st.mean(data), st.mean(ints), st.mean([1, 2, 3]), st.mean([0.1, 0.2, 0.3]), st.mean([F(1, 3), F(1, 6)]), st.mean([1, 2.5]), st.mean(iter([True, False, True])), st.mean([1e308, 1e308, -1e308]))
print(st.fmean(data), st.fmean([3.5, 4.0, 5.25], weights=[1, 2, 3]), st.geometric_mean([54, 24, 36]), st.harmonic_mean([40, 60]), st.harmonic_mean([40, 60], weights=[5, 30]), st.harmonic_mean([2.5]), st.harmonic_mean([1, 0, 2]))
print(st.median(data), st.median(ints), st.median([1, 3, 5, 7]), st.median_low([1, 3, 5, 7]), st.median_high([1, 3, 5, 7]), st.median(["b", "a", "c"]))
print(st.mode(ints), st.mode("aabbbc"), st.multimode("aabbcd"), st.multimode([]), st.mode([1.5, 2, 1.5]))
print(st.variance(data), st.pvariance(data), st.stdev(data), st.pstdev(data), st.variance(ints), st.pvariance(ints), st.stdev(ints), st.pstdev([1, 2, 3, 4]))
print(st.variance([F(1, 4), F(5, 4), F(1, 2)]), st.variance(data, st.mean(data)), st.pvariance([1, 2, 3], mu=2), st.stdev([1.5, 2.5, 2.5, 2.75, 3.25, 4.75]), st.pstdev([0.1] * 7))
print(st.quantiles([105, 129, 87, 86, 111, 111, 89, 81, 108, 92, 110, 100, 75, 105, 103, 109, 76, 119, 99, 91, 103, 129, 106, 101, 84, 111, 74, 87, 86, 103, 103, 106, 86, 111, 75, 87, 102, 121, 111, 88, 89, 101, 106, 95, 103, 107, 101, 81, 109, 104], n=10))
print(st.quantiles([1, 2, 3, 4, 5], n=4, method="inclusive"), st.quantiles([1.0, 2.0], n=3))
print(st.mean([1.0, float("inf")]), st.variance([1.0, float("nan"), 2.0]))
for bad in [lambda: st.mean([]), lambda: st.stdev([1]), lambda: st.variance([]), lambda: st.median([]), lambda: st.mode([]), lambda: st.fmean([]), lambda: st.mean(["a"]), lambda: st.harmonic_mean([-1, 2]), lambda: st.geometric_mean([0, 1]), lambda: st.quantiles([1], n=4), lambda: st.quantiles([1, 2], n=0), lambda: st.quantiles([1, 2], method="x"), lambda: st.fmean([1, 2], weights=[1]), lambda: st.pstdev([])]:
    try:
        print(bad())
    except Exception as e:
        print(type(e).__name__ + ":", e)
print(issubclass(st.StatisticsError, ValueError))
