# Reference grids for the special functions behind src/core/stats/, computed in base R (stats package).
# Used by test/core/stats/grids.test.ts, which reads the committed CSV files (R is not needed to test).
#
# Usage: Rscript test/reference/stats-grids.R [OUT_DIR]     (default: test/reference/stats-grids)
#
# Every grid reaches far past the bundled data: counts and denominators from 0 to 10^7, proportions
# from 10^-6 to 1 - 10^-6, levels 0.80, 0.95 and 0.999. Each block names the R expression whose value
# is written; numbers are printed with 17 significant digits (they read back to the same double).
# R's own functions are checked against the high-level calls a statistician would type
# (poisson.test, binom.test, prop.test, cor.test) on a few rows before anything is written.
args <- commandArgs(trailingOnly = TRUE)
out <- if (length(args) >= 1) args[1] else "test/reference/stats-grids"
dir.create(out, showWarnings = FALSE, recursive = TRUE)

LEVELS <- c(0.80, 0.95, 0.999)
num <- function(v) ifelse(is.na(v), "NA", ifelse(is.infinite(v), ifelse(v > 0, "Inf", "-Inf"), sprintf("%.17g", v)))
logspace <- function(from, to, n) unique(round(exp(seq(log(from), log(to), length.out = n))))
write_grid <- function(name, df, what) {
  path <- file.path(out, paste0(name, ".csv"))
  lines <- c(paste0("# ", what), paste(names(df), collapse = ","),
             do.call(paste, c(lapply(df, function(col) if (is.numeric(col)) num(col) else col), sep = ",")))
  writeLines(lines, path, useBytes = TRUE)
  cat(sprintf("%-28s %6d rows\n", path, nrow(df)))
}

# ---- Garwood: every count 0..3000, then log-spaced to 10^7 -------------------------------------------
x <- c(0:3000, logspace(3001, 1e7, 150))
garwood <- do.call(rbind, lapply(LEVELS, function(level) {
  a <- (1 - level) / 2
  data.frame(x = x, level = level,
             lower = ifelse(x == 0, 0, qgamma(a, pmax(x, 1))),
             upper = qgamma(1 - a, x + 1))
}))
for (k in c(0, 5, 380, 1000, 1210, 3000, x[length(x) - 10])) for (level in LEVELS) {
  stopifnot(isTRUE(all.equal(as.numeric(poisson.test(k, conf.level = level)$conf.int),
                             unlist(garwood[garwood$x == k & garwood$level == level, c("lower", "upper")]),
                             tolerance = 1e-15, check.attributes = FALSE)))
}
write_grid("garwood", garwood,
  "lower = if (x == 0) 0 else qgamma((1 - level)/2, x); upper = qgamma(1 - (1 - level)/2, x + 1)  (= poisson.test(x, conf.level = level)$conf.int)")

# ---- Clopper-Pearson (and the rate ratio's binomial step): n to 10^7, x near 0, near n, and between ----
N <- c(1:10, 12, 15, 20, 25, 30, 40, 50, 75, 100, 127, 200, 300, 500, 1000, 1299, 2000, 5000, 1e4, 3e4,
       1e5, 3e5, 1e6, 3e6, 1e7)
P_NEAR <- c(1e-6, 1e-5, 1e-4, 1e-3, 0.01, 0.05, 0.1, 0.2, 0.5, 0.8, 0.9, 0.95, 0.99, 0.999, 1 - 1e-4,
            1 - 1e-5, 1 - 1e-6)
xs_of <- function(n) sort(unique(pmin(n, pmax(0, c(0, 1, 2, 3, 5, 10, 20, round(n * P_NEAR),
                                                     n - 20, n - 10, n - 5, n - 3, n - 2, n - 1, n)))))
cp_xn <- do.call(rbind, lapply(N, function(n) data.frame(x = xs_of(n), n = n)))
cp <- do.call(rbind, lapply(LEVELS, function(level) {
  a <- (1 - level) / 2
  with(cp_xn, data.frame(x = x, n = n, level = level,
    lower = ifelse(x == 0, 0, qbeta(a, pmax(x, 1), n - x + 1)),
    upper = ifelse(x == n, 1, qbeta(1 - a, x + 1, pmax(n - x, 1)))))
}))
for (r in c(1, 50, 200, 700)) {
  row <- cp[r, ]
  stopifnot(isTRUE(all.equal(as.numeric(binom.test(row$x, row$n, conf.level = row$level)$conf.int),
                             c(row$lower, row$upper), tolerance = 1e-15)))
}
write_grid("clopper-pearson", cp,
  "lower = if (x == 0) 0 else qbeta(a, x, n - x + 1); upper = if (x == n) 1 else qbeta(1 - a, x + 1, n - x); a = (1 - level)/2  (= binom.test(x, n, conf.level = level)$conf.int)")

# ---- Wilson: the same (x, n), z = qnorm(1 - (1 - level)/2) --------------------------------------------
wilson <- do.call(rbind, lapply(LEVELS, function(level) {
  ci <- t(mapply(function(x, n) suppressWarnings(prop.test(x, n, conf.level = level, correct = FALSE)$conf.int),
                 cp_xn$x, cp_xn$n))
  data.frame(x = cp_xn$x, n = cp_xn$n, level = level, z = qnorm(1 - (1 - level) / 2), lower = ci[, 1], upper = ci[, 2])
}))
write_grid("wilson", wilson, "z = qnorm(1 - (1 - level)/2); c(lower, upper) = prop.test(x, n, conf.level = level, correct = FALSE)$conf.int")

# ---- Rate ratio: exact conditional interval and the one-sided tests -----------------------------------
COUNTS <- c(0, 1, 2, 3, 5, 10, 30, 100, 380, 400, 1000, 1210, 1400, 1600, 5000, 1e4, 1e5, 1e6, 1e7)
EXPOSURES <- list(c(1, 1), c(1.31e6, 1.25e6))
rr <- do.call(rbind, lapply(EXPOSURES, function(e) do.call(rbind, lapply(LEVELS, function(level) {
  g <- expand.grid(x1 = COUNTS, x0 = COUNTS)
  g <- g[g$x1 + g$x0 > 0, ]
  a <- (1 - level) / 2
  N <- g$x1 + g$x0
  # pi and 1 - pi each from qbeta, so pi/(1 - pi) keeps its digits when pi is near 1
  piL <- ifelse(g$x1 == 0, 0, qbeta(a, pmax(g$x1, 1), g$x0 + 1))
  qiL <- ifelse(g$x1 == 0, 1, qbeta(a, g$x0 + 1, pmax(g$x1, 1), lower.tail = FALSE))
  piU <- ifelse(g$x0 == 0, 1, qbeta(1 - a, g$x1 + 1, pmax(g$x0, 1)))
  qiU <- ifelse(g$x0 == 0, 0, qbeta(1 - a, pmax(g$x0, 1), g$x1 + 1, lower.tail = FALSE))
  data.frame(x1 = g$x1, x0 = g$x0, e1 = e[1], e0 = e[2], level = level,
             lower = piL / qiL * e[2] / e[1], upper = ifelse(g$x0 == 0, Inf, piU / qiU * e[2] / e[1]))
}))))
for (r in c(3, 100, 400, 900, 1500)) {
  row <- rr[r, ]
  ci <- as.numeric(poisson.test(c(row$x1, row$x0), T = c(row$e1, row$e0), conf.level = row$level)$conf.int)
  stopifnot(isTRUE(all.equal(ci, c(row$lower, row$upper), tolerance = 1e-9)))
}
write_grid("rate-ratio", rr,
  "c(lower, upper) = poisson.test(c(x1, x0), T = c(e1, e0), conf.level = level)$conf.int = pi/(1 - pi) * e0/e1 with pi = qbeta(a, x1, x0 + 1) (lower) or qbeta(1 - a, x1 + 1, x0) (upper), a = (1 - level)/2, and 1 - pi = qbeta(a, x0 + 1, x1, lower.tail = FALSE) or qbeta(1 - a, x0, x1 + 1, lower.tail = FALSE) (poisson.test's own 1 - pi loses up to 1e-6 of the ratio when pi is near 1, e.g. x1 = 1e7, x0 = 1)")

THETAS <- c(0.5, 0.95, 1, 1.05, 2)
rt <- do.call(rbind, lapply(EXPOSURES, function(e) do.call(rbind, lapply(THETAS, function(theta0) {
  g <- expand.grid(x1 = COUNTS, x0 = COUNTS)
  g <- g[g$x1 + g$x0 > 0, ]
  N <- g$x1 + g$x0
  pi0 <- theta0 * e[1] / (theta0 * e[1] + e[2])
  data.frame(x1 = g$x1, x0 = g$x0, e1 = e[1], e0 = e[2], theta0 = theta0,
             p_less = pbinom(g$x1, N, pi0), p_greater = pbinom(g$x1 - 1, N, pi0, lower.tail = FALSE))
}))))
for (r in c(3, 100, 400, 900)) {
  row <- rt[r, ]
  T <- c(row$e1, row$e0)
  stopifnot(isTRUE(all.equal(poisson.test(c(row$x1, row$x0), T = T, r = row$theta0, alternative = "less")$p.value, row$p_less, tolerance = 1e-15)))
  stopifnot(isTRUE(all.equal(poisson.test(c(row$x1, row$x0), T = T, r = row$theta0, alternative = "greater")$p.value, row$p_greater, tolerance = 1e-15)))
}
write_grid("rate-ratio-test", rt,
  "pi0 = theta0*e1/(theta0*e1 + e0); p_less = pbinom(x1, x1 + x0, pi0); p_greater = pbinom(x1 - 1, x1 + x0, pi0, lower.tail = FALSE)  (= poisson.test(c(x1, x0), T = c(e1, e0), r = theta0, alternative = 'less' / 'greater')$p.value)")

# ---- Binomial CDF: both tails, n to 10^7, p near 0 and 1, k across the distribution ------------------
NB <- c(1, 2, 5, 10, 20, 50, 127, 500, 1299, 5000, 3e4, 3e5, 1e6, 1e7)
PB <- c(1e-6, 1e-3, 0.01, 0.05, 0.2, 0.5, 0.8, 0.95, 0.99, 0.999, 1 - 1e-6)
ZB <- c(-30, -10, -6, -3, -2, -1, 0, 1, 2, 3, 6, 10, 30)
bc <- do.call(rbind, lapply(NB, function(n) do.call(rbind, lapply(PB, function(p) {
  k <- sort(unique(pmin(n, pmax(0, c(0, 1, n - 1, n, floor(n * p + ZB * sqrt(n * p * (1 - p))))))))
  data.frame(k = k, n = n, p = p, lower = pbinom(k, n, p), upper = pbinom(k, n, p, lower.tail = FALSE))
}))))
write_grid("binomial-cdf", bc, "lower = pbinom(k, n, p); upper = pbinom(k, n, p, lower.tail = FALSE)")

# ---- Funnel limits: binomial quantiles at the 99.8 % and 95 % tails ------------------------------------
NF <- c(1, 2, 5, 10, 20, 30, 50, 100, 127, 300, 1000, 1299, 5000, 1e4, 1e5, 1e6, 1e7)
P0 <- c(0.001, 0.01, 0.05, 0.2, 0.5, 0.8, 0.9, 0.95, 0.99, 0.999)
PF <- c(0.001, 0.025, 0.975, 0.999)
fu <- do.call(rbind, lapply(NF, function(n) do.call(rbind, lapply(P0, function(p0) {
  r <- qbinom(PF, n, p0)
  Fr <- pbinom(r, n, p0)
  Fr1 <- ifelse(r > 0, pbinom(r - 1, n, p0), 0)
  data.frame(n = n, p0 = p0, prob = PF, r = r, exact = pmin(1, pmax(0, r / n)),
             interpolated = pmin(1, pmax(0, (r - (Fr - PF) / (Fr - Fr1)) / n)))
}))))
write_grid("funnel", fu,
  "r = qbinom(prob, n, p0); exact = r/n; interpolated = (r - (pbinom(r, n, p0) - prob)/(pbinom(r, n, p0) - pbinom(r - 1, n, p0)))/n; both clamped to [0, 1]")

# ---- Poisson CDF (target probabilities): means 10^-3 to 10^7, counts across the distribution ----------
MU <- c(0.001, 0.01, 0.1, 0.5, 1, 2, 5, 10, 20, 50, 100, 128, 200, 385, 500, 900, 1000, 1500, 1600, 2000,
        5000, 1e4, 3e4, 1e5, 3e5, 1e6, 3e6, 1e7)
ZP <- c(-30, -10, -6, -4, -3, -2, -1, -0.5, 0, 0.5, 1, 2, 3, 4, 6, 10, 30)
pc <- do.call(rbind, lapply(MU, function(mu) {
  k <- sort(unique(pmax(0, c(0, 1, 2, 3, floor(mu + ZP * sqrt(mu))))))
  data.frame(k = k, mu = mu, lower = ppois(k, mu), upper = ppois(k, mu, lower.tail = FALSE))
}))
write_grid("poisson-cdf", pc, "lower = ppois(k, mu); upper = ppois(k, mu, lower.tail = FALSE)")

# ---- Student t quantile (ESCAP prediction interval) ---------------------------------------------------
DF <- c(1:30, 35, 40, 50, 60, 80, 100, 150, 200, 500, 1000, 1e4, 1e5, 1e6, 1e7)
tq <- do.call(rbind, lapply(LEVELS, function(level) {
  p <- 1 - (1 - level) / 2
  data.frame(df = DF, level = level, p = p, q = qt(p, DF))
}))
write_grid("t-quantile", tq, "p = 1 - (1 - level)/2; q = qt(p, df)")

# ---- Normal: the constants' quantiles and the two-sided p-value of the Mann-Kendall z ------------------
nq <- data.frame(p = c(0.9, 0.975, 0.999, 0.9995), q = qnorm(c(0.9, 0.975, 0.999, 0.9995)))
write_grid("normal-quantile", nq, "q = qnorm(p)")
z <- c(seq(0, 10, by = 0.125), seq(10.5, 37.5, by = 0.5))  # R's pnorm is 0 beyond 37.5193
np <- data.frame(z = z, p = 2 * pnorm(-abs(z)))
write_grid("normal-two-sided", np, "p = 2 * pnorm(-abs(z))")

# ---- Mann-Kendall: the exact distribution (n <= 10, no ties) and the normal form with ties --------------
with_inversions <- function(n, k) {         # a permutation of 1..n with exactly k inversions
  perm <- integer(0); rest <- 1:n
  for (i in seq_len(n)) {
    m <- length(rest); take <- min(k, m - 1)
    perm <- c(perm, rest[take + 1]); rest <- rest[-(take + 1)]; k <- k - take
  }
  perm
}
mk_exact <- do.call(rbind, lapply(3:10, function(n) do.call(rbind, lapply(0:(n * (n - 1) / 2), function(k) {
  y <- with_inversions(n, k)
  ct <- cor.test(y, seq_len(n), method = "kendall", exact = TRUE)
  data.frame(n = n, values = paste(y, collapse = ";"), s = n * (n - 1) / 2 - 2 * k, p = ct$p.value)
}))))
write_grid("mann-kendall-exact", mk_exact,
  "p = cor.test(values, seq_along(values), method = 'kendall', exact = TRUE)$p.value; s = Kendall's S")

set.seed(20261201)
mk_normal <- do.call(rbind, lapply(c(11, 12, 15, 20, 30, 50, 100, 200, 500), function(n) do.call(rbind, lapply(1:4, function(i) {
  y <- round(cumsum(rnorm(n, mean = c(-0.3, 0, 0.1, 0.5)[i])) + rnorm(n) * 2)  # rounding makes ties
  ct <- suppressWarnings(cor.test(y, seq_len(n), method = "kendall", exact = FALSE, continuity = TRUE))
  ties <- table(y[duplicated(y)]) + 1
  var_s <- (n * (n - 1) * (2 * n + 5) - sum(ties * (ties - 1) * (2 * ties + 5))) / 18
  s <- sum(sapply(1:(n - 1), function(a) sum(sign(y[(a + 1):n] - y[a]))))
  data.frame(n = n, values = paste(y, collapse = ";"), s = s, var_s = var_s, z = unname(ct$statistic),
             p = ct$p.value, tau_b = unname(ct$estimate))
}))))
write_grid("mann-kendall-normal", mk_normal,
  "cor.test(values, seq_along(values), method = 'kendall', exact = FALSE, continuity = TRUE): z = $statistic, p = $p.value, tau_b = $estimate; var_s with the ties correction")
