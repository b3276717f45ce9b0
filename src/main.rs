fn main() {
    eservice_navigator::start();
}
