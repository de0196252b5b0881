<?php
/**
 * refund-policy from plain PHP (streams and proc_open, no extension beyond json): the HTTP service and the co-process.
 *
 *     php examples/php/client.php http://127.0.0.1:8080     # the service and the co-process
 *     php examples/php/client.php --coprocess-only          # the co-process alone
 *
 * For each way in, it asks for a preview (the estimate of a migration still in progress), the final
 * decision once the migration is completed, and the settlement of that decision over the account's
 * invoice and card payments; it prints a short result and exits 1 on any surprise (every figure is checked).
 *
 * The co-process is the built command line (`node dist/cli.js` of this repository, or the file named by
 * REFUND_POLICY_CLI; `node` itself from NODE) kept running with `--ndjson --line-buffered`: one JSON line
 * in, one JSON line out, for as long as the parent likes.
 *
 * JSON is decoded to objects, not arrays: an empty object stays `{}` when a decision is sent back to be
 * settled, and money stays in strings ("1420.86"), compared with ===, never as floats.
 */
declare(strict_types=1);

const TIMEOUT_S = 30;
const JSON_FLAGS = JSON_UNESCAPED_SLASHES | JSON_UNESCAPED_UNICODE | JSON_THROW_ON_ERROR;

final class Surprise extends RuntimeException {}

function root(): string { return dirname(__DIR__, 2); }
function cli(): string { return getenv('REFUND_POLICY_CLI') ?: root() . '/dist/cli.js'; }
function node(): string { return getenv('NODE') ?: 'node'; }

function expectSame(string $what, mixed $actual, mixed $expected): void
{
    if ($actual !== $expected) {
        throw new Surprise(sprintf('%s: expected %s, got %s', $what, json_encode($expected, JSON_FLAGS), json_encode($actual, JSON_FLAGS)));
    }
}

function decode(string $json): mixed { return json_decode($json, false, 512, JSON_THROW_ON_ERROR); }

function example(string $name): object
{
    return decode((string) file_get_contents(root() . "/docs/examples/$name"));
}

/** The final decision over its ledger: one invoice, paid by two card charges (docs/settlement.md). */
function settlementInput(object $decision): array
{
    return [
        'decision' => $decision,
        'invoices' => [['id' => 'inv-1', 'number' => 'INV-2026-0001', 'issuedOn' => '2026-01-01', 'itemIds' => ['sub-1'], 'gross' => '2841.72']],
        'payments' => [
            ['id' => 'ch_1', 'invoiceId' => 'inv-1', 'method' => 'card', 'amount' => '2000.00', 'capturedAt' => '2026-01-01T09:30:00Z'],
            ['id' => 'ch_2', 'invoiceId' => 'inv-1', 'method' => 'card', 'amount' => '841.72', 'capturedAt' => '2026-03-01T10:00:00Z'],
        ],
    ];
}

interface Way
{
    public function name(): string;
    public function evaluate(object $request): object;
    public function settle(array $input): object;
    /** @return list<object> the problems of a request the policy refuses */
    public function refused(object $request): array;
    public function close(): void;
}

/** The HTTP service (`refund-policy serve`): one JSON body in, one JSON body out. */
final class Service implements Way
{
    public function __construct(private readonly string $url) {}

    public function name(): string { return "service {$this->url}"; }

    /** @return array{int, object} the status and the body (4xx and 5xx: application/problem+json with the problems) */
    private function call(string $path, array $body): array
    {
        $context = stream_context_create(['http' => [
            'method' => 'POST',
            'header' => "Content-Type: application/json\r\nAccept: application/json",
            'content' => json_encode($body, JSON_FLAGS),
            'ignore_errors' => true,
            'timeout' => TIMEOUT_S,
        ]]);
        $text = @file_get_contents(rtrim($this->url, '/') . $path, false, $context);
        if ($text === false) throw new Surprise("POST $path: no answer from {$this->url}");
        // $http_response_header is set by the http stream wrapper: its first line is the status line.
        $status = (int) explode(' ', $http_response_header[0])[1];
        return [$status, decode($text)];
    }

    public function evaluate(object $request): object
    {
        [$status, $decision] = $this->call('/v1/evaluate', ['request' => $request]);
        expectSame('POST /v1/evaluate status', $status, 200);
        return $decision;
    }

    public function settle(array $input): object
    {
        [$status, $plan] = $this->call('/v1/settle', ['input' => $input]);
        expectSame('POST /v1/settle status', $status, 200);
        return $plan;
    }

    public function refused(object $request): array
    {
        [$status, $problem] = $this->call('/v1/evaluate', ['request' => $request]);
        expectSame('POST /v1/evaluate status of a refused request', $status, 422);
        return $problem->problems;
    }

    public function close(): void {}
}

/** One command of the command line kept as a child: a JSON line written, a JSON line read back. */
final class Child
{
    /** @var resource */
    private $process;
    /** @var array<int, resource> */
    private array $pipes = [];
    private readonly string $command;

    public function __construct(string $name)
    {
        $argv = [node(), cli(), $name, '-', '--ndjson', '--line-buffered'];
        $this->command = implode(' ', $argv);
        $process = proc_open($argv, [0 => ['pipe', 'r'], 1 => ['pipe', 'w'], 2 => ['pipe', 'w']], $this->pipes);
        if ($process === false) throw new Surprise("cannot start {$this->command}");
        $this->process = $process;
    }

    public function ask(mixed $value): object
    {
        fwrite($this->pipes[0], json_encode($value, JSON_FLAGS) . "\n");
        fflush($this->pipes[0]);
        // The answer comes while stdin stays open; a child that does not answer in time is a surprise.
        $read = [$this->pipes[1]];
        $none = null;
        if (stream_select($read, $none, $none, TIMEOUT_S) !== 1) throw new Surprise("no answer from {$this->command} within " . TIMEOUT_S . ' s');
        $line = fgets($this->pipes[1]);
        if ($line === false) throw new Surprise("{$this->command} ended: " . stream_get_contents($this->pipes[2]));
        return decode($line);
    }

    /** Ends the input: the child writes its summary on stderr and exits (0: every line answered, 2: any refused). */
    public function close(): array
    {
        fclose($this->pipes[0]);
        $rest = stream_get_contents($this->pipes[1]);
        $errors = trim((string) stream_get_contents($this->pipes[2]));
        fclose($this->pipes[1]);
        fclose($this->pipes[2]);
        $status = proc_close($this->process);
        $lines = explode("\n", $errors);
        return [$status, $rest, decode(end($lines))->summary];
    }
}

/** The co-process: `evaluate` and `settle` children, each asked one line at a time. */
final class Coprocess implements Way
{
    private readonly Child $evaluator;
    private readonly Child $settler;

    public function __construct()
    {
        $this->evaluator = new Child('evaluate');
        $this->settler = new Child('settle');
    }

    public function name(): string { return 'co-process: ' . node() . ' ' . cli() . ' evaluate|settle - --ndjson --line-buffered'; }
    public function evaluate(object $request): object { return $this->evaluator->ask($request); }
    public function settle(array $input): object { return $this->settler->ask($input); }

    public function refused(object $request): array
    {
        $record = $this->evaluator->ask($request);
        expectSame("the refused line's error code", $record->error->code ?? null, 'invalid_request');
        return $record->error->problems;
    }

    public function close(): void
    {
        // Four requests (one refused), one settlement: the summaries and exit statuses say so.
        [$status, $rest, $summary] = $this->evaluator->close();
        expectSame('evaluate co-process at the end of input', [$status, $rest, (array) $summary], [2, '', ['decided' => 3, 'refused' => 1]]);
        [$status, $rest, $summary] = $this->settler->close();
        expectSame('settle co-process at the end of input', [$status, $rest, (array) $summary], [0, '', ['settled' => 1, 'refused' => 0]]);
    }
}

/** @return array{object, object, object} the preview, the final decision and the plan, each checked */
function run(Way $way): array
{
    $total = static fn (object $decision): array => (array) $decision->total;
    $preview = $way->evaluate(example('migration-estimate.json'));
    expectSame('preview status', $preview->status, 'estimate');
    expectSame('preview total', $total($preview), ['net' => '1194.00', 'tax' => '226.86', 'gross' => '1420.86']);

    $final = $way->evaluate(example('migration-final.json'));
    expectSame('final status', $final->status, 'final');
    expectSame('final outcome', $final->outcome, 'partial_refund');
    expectSame('final total', $total($final), ['net' => '1194.00', 'tax' => '226.86', 'gross' => '1420.86']);

    $plan = $way->settle(settlementInput($final));
    $steps = array_map(static fn (object $step): array => [$step->type, $step->paymentId ?? null, $step->amount], $plan->steps);
    expectSame('settlement total', $plan->total, '1420.86');
    expectSame('settlement steps', $steps, [['refund_payment', 'ch_2', '841.72'], ['refund_payment', 'ch_1', '579.14']]);
    expectSame('credit note total', array_map(static fn (object $note): string => $note->total->gross, $plan->creditNotes), ['1420.86']);

    // A retry of the same final decision is the same decision, down to its digest.
    expectSame("a retried decision's digest", json_encode($way->evaluate(example('migration-final.json'))->digests, JSON_FLAGS), json_encode($final->digests, JSON_FLAGS));

    $bad = example('cancel.json');
    $bad->asOf = '2026-02-30';
    $problems = $way->refused($bad);
    expectSame("the refused request's problem", array_map(static fn (object $p): array => [$p->path, $p->code], $problems), [['asOf', 'invalid_date']]);
    $way->close();

    echo $way->name(), "\n";
    printf("  preview  %-8s %-15s %s %s\n", $preview->status, $preview->outcome, $preview->currency, $preview->total->gross);
    printf("  final    %-8s %-15s %s %s\n", $final->status, $final->outcome, $final->currency, $final->total->gross);
    printf("  settle   %s %s: %s\n", $plan->currency, $plan->total, implode(', ', array_map(static fn (array $s): string => implode(' ', $s), $steps)));
    printf("  refused  %s %s: %s\n", $problems[0]->path, $problems[0]->code, $problems[0]->message);
    return [$preview, $final, $plan];
}

function main(array $argv): int
{
    if (count($argv) !== 2 || in_array($argv[1], ['-h', '--help'], true)) {
        fwrite(STDERR, "usage: client.php <service URL, e.g. http://127.0.0.1:8080> | --coprocess-only\n");
        return 64;
    }
    try {
        $coprocess = run(new Coprocess());
        if ($argv[1] !== '--coprocess-only') {
            $service = run(new Service($argv[1]));
            // The service and the co-process are the same library: the same answers, field for field.
            expectSame("the service's answers against the co-process's", json_encode($service, JSON_FLAGS), json_encode($coprocess, JSON_FLAGS));
            echo "service and co-process agree\n";
        }
    } catch (Surprise | JsonException | ValueError | Error $error) {
        fwrite(STDERR, 'refund-policy client: ' . get_class($error) . ': ' . $error->getMessage() . "\n");
        return 1;
    }
    return 0;
}

exit(main($argv));
